import type { Attendance, Claims, EventType } from '$lib/model/schema';
import { m } from '$lib/paraglide/messages';

export interface ClaimWords {
	type: EventType;
	/** The event's place in the reader's language, when it has one. */
	place: string | null;
	date: (partialDate: string) => string;
	member: (code: string) => string;
	/** "A, B and C" in the reader's language. */
	list: (names: string[]) => string;
}

const TYPE: Record<EventType, () => string> = {
	summit: () => m.detail_claim_type_summit(),
	clash: () => m.detail_claim_type_clash(),
	deployment: () => m.detail_claim_type_deployment()
};

/**
 * What one cited sentence establishes, in the reader's language, one line per claim: that the
 * event happened, its date (as precisely as the sentence gives it), its place, and who it says
 * attended, by video or stayed away (members with the same attendance in one line).
 */
export function claimLines(claims: Claims, words: ClaimWords): string[] {
	const lines: string[] = [];
	if (claims.type) lines.push(TYPE[words.type]());
	if (claims.date) lines.push(m.detail_claim_date({ date: words.date(claims.date) }));
	if (claims.place && words.place) lines.push(m.detail_claim_place({ place: words.place }));
	const by = new Map<Attendance, string[]>();
	for (const [code, attendance] of Object.entries(claims.attendance ?? {}))
		by.set(attendance, [...(by.get(attendance) ?? []), words.member(code)]);
	for (const attendance of ['present', 'video', 'absent'] as const) {
		const names = by.get(attendance);
		if (!names) continue;
		const members = words.list(names);
		lines.push(
			attendance === 'present'
				? m.detail_claim_present({ members })
				: attendance === 'video'
					? m.detail_claim_video({ members })
					: names.length > 1
						? m.detail_claim_absent_many({ members })
						: m.detail_claim_absent({ members })
		);
	}
	return lines;
}
