import { NONE, type ColumnsLike, type IndexTables } from '$lib/model/compactIndex';
import { dateSpan, isPartialDate } from '$lib/model/partialDate';
import { finishEventIndex } from './finishEventIndex';
import type { EventIndex } from './eventIndex';
import { laneOf } from './lanes';

/**
 * The timeline's index without its events: every column in typed arrays, and `positions`, the
 * place in the index file's columns of each event it keeps, in start order. Numbers only, so the
 * data worker makes it and hands its buffers to the page (spansBuffers) without copying; the page
 * puts its events in (eventIndexFromSpans).
 */
export type TimelineSpans = Omit<EventIndex, 'events'> & { positions: Uint32Array };

/**
 * The spans read from the index file's columns: each distinct date (a few thousand at 100,000
 * events) is parsed once, in its table, and every event's span is a lookup by position.
 */
export function timelineSpans(
	columns: Pick<ColumnsLike, 'type' | 'date' | 'end'>,
	tables: Pick<IndexTables, 'types' | 'dates'>
): TimelineSpans {
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
	const n = columns.date.length;
	const kept: number[] = new Array(n);
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
		kept[k] = i;
		starts[k] = start;
		ends[k] = e === NONE ? spanEnd[d]! : Math.max(spanEnd[d]!, spanEnd[e]!);
		lanes[k] = laneOfType[columns.type[i]!]!;
		points[k] = e === NONE && day[d] ? 1 : 0;
		k++;
	}
	kept.length = k;
	const { events, ...rest } = finishEventIndex(
		{ events: kept, starts, ends, lanes, points },
		sorted,
		n - k
	);
	return { ...rest, positions: Uint32Array.from(events) };
}

/** The buffers a TimelineSpans holds, to transfer with it (`postMessage(message, transfer)`). */
export function spansBuffers(spans: TimelineSpans): ArrayBuffer[] {
	const { positions, starts, ends, lanes, points, maxEnds, byLane } = spans;
	return [positions, starts, ends, lanes, points, maxEnds, ...byLane].map(
		(a) => a.buffer as ArrayBuffer
	);
}

/**
 * The timeline's index of `input` (the events at each position of the file's columns) from its
 * spans: a lookup per event, and the input itself when every event is kept in its order.
 */
export function eventIndexFromSpans<T>(
	input: readonly T[],
	spans: TimelineSpans
): Omit<EventIndex, 'events'> & { events: T[] } {
	const { positions, ...rest } = spans;
	const k = positions.length;
	let same = k === input.length;
	for (let i = 0; same && i < k; i++) same = positions[i] === i;
	const events = same ? input.slice() : Array.from(positions, (p) => input[p]!);
	return { ...rest, events };
}
