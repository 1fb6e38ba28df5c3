import { NONE, type ColumnsLike, type IndexTables } from '$lib/model/compactIndex';
import { dateSpan, isPartialDate } from '$lib/model/partialDate';
import type { IndexEvent } from '$lib/model/schema';
import { finishEventIndex } from './finishEventIndex';
import { laneOf } from './lanes';
import type { EventIndex } from './eventIndex';

/**
 * The same index as buildEventIndex(events), read from the index file's columns instead of the
 * events' date strings: each distinct date (a few thousand at 100,000 events) is parsed once, in
 * its table, and every event's span is a lookup by position. At 100,000 events buildEventIndex
 * was some 30 ms of the task that mounts the explorer, before its first paint; this is a few.
 * `events[i]` is the event at position i of the columns (expandEvents).
 */
export function eventIndexFromColumns(
	input: readonly IndexEvent[],
	columns: Pick<ColumnsLike, 'type' | 'date' | 'end'>,
	tables: Pick<IndexTables, 'types' | 'dates'>
): EventIndex {
	const m = tables.dates.length;
	const spanStart = new Float64Array(m);
	const spanEnd = new Float64Array(m);
	// dateSpan would roll "2022-13" over into the next year: refuse what the schema would.
	const valid = new Uint8Array(m);
	const day = new Uint8Array(m);
	tables.dates.forEach((date, t) => {
		if (!isPartialDate(date)) return;
		const s = dateSpan(date);
		valid[t] = 1;
		spanStart[t] = s.start;
		spanEnd[t] = s.end;
		day[t] = date.length === 10 ? 1 : 0;
	});
	const laneOfType = Uint8Array.from(tables.types, (t) => laneOf(t));
	const n = input.length;
	const events: IndexEvent[] = new Array(n);
	const starts = new Float64Array(n);
	const ends = new Float64Array(n);
	const lanes = new Uint8Array(n);
	const points = new Uint8Array(n);
	let k = 0;
	let sorted = true;
	for (let i = 0; i < n; i++) {
		const d = columns.date[i]!;
		const e = columns.end[i]!;
		if (!valid[d] || (e !== NONE && !valid[e])) continue;
		const start = spanStart[d]!;
		if (k > 0 && start < starts[k - 1]!) sorted = false;
		events[k] = input[i]!;
		starts[k] = start;
		ends[k] = e === NONE ? spanEnd[d]! : Math.max(spanEnd[d]!, spanEnd[e]!);
		lanes[k] = laneOfType[columns.type[i]!]!;
		points[k] = e === NONE && day[d] ? 1 : 0;
		k++;
	}
	events.length = k;
	return finishEventIndex({ events, starts, ends, lanes, points }, sorted, n - k);
}
