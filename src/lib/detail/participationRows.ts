import { MEMBERS, type MemberCode } from '$lib/model/members';
import type { Attendance } from '$lib/model/schema';

export interface ParticipationRow {
	code: MemberCode;
	attendance: Attendance | 'unknown';
	/** Armenia's row stands out: its drift from the alliance is what the atlas follows. */
	emphasised: boolean;
}

/** One row per member state, in the app's member order; a member the sources do not mention is unknown. */
export function participationRows(
	participation: Readonly<Partial<Record<string, Attendance>>> | undefined
): ParticipationRow[] {
	return MEMBERS.map((code) => ({
		code,
		attendance:
			(participation && Object.hasOwn(participation, code) && participation[code]) || 'unknown',
		emphasised: code === 'ARM'
	}));
}
