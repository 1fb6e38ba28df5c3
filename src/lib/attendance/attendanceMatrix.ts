import { dateSpan, eventSpan } from '$lib/model/partialDate';
import { MEMBERS, type MemberCode } from '$lib/model/members';
import type { IndexEvent, Attendance } from '$lib/model/schema';
import type { TimeWindow } from '$lib/state/explorer.svelte';

export type Cell = Attendance | 'unknown';

export interface MatrixRow {
	code: MemberCode;
	/** Armenia's row stands out: its drift from the alliance is what the atlas follows. */
	emphasised: boolean;
	/** One cell per column, in column order. */
	cells: Cell[];
}

export interface AttendanceMatrix {
	/** Meetings in the view (summits and ministerial councils), by date. */
	meetings: IndexEvent[];
	rows: MatrixRow[];
}

/**
 * Members × meetings: every summit-type event among `events` (already filtered by country and
 * type) that overlaps the window, oldest first, and each member's attendance as the event set
 * records it ('unknown' where the sources say nothing). Armenia's row comes first.
 */
export function attendanceMatrix(
	events: readonly IndexEvent[],
	window: TimeWindow
): AttendanceMatrix {
	const meetings = events
		.filter((e) => e.type === 'summit')
		.filter((e) => {
			const span = eventSpan(e.date, e.end);
			return span.end > window.start && span.start < window.end;
		})
		.sort((a, b) => dateSpan(a.date).start - dateSpan(b.date).start || a.id.localeCompare(b.id));
	const order: MemberCode[] = ['ARM', ...MEMBERS.filter((c) => c !== 'ARM')];
	const rows = order.map((code) => ({
		code,
		emphasised: code === 'ARM',
		cells: meetings.map((e): Cell => {
			const p = e.participation;
			return (p && Object.hasOwn(p, code) && p[code]) || 'unknown';
		})
	}));
	return { meetings, rows };
}
