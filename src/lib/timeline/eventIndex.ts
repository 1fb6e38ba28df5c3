import { eventSpan, isPartialDate, precisionOf } from '$lib/model/partialDate';
import type { AtlasEvent } from '$lib/model/schema';
import { laneOf } from './lanes';

/**
 * Column arrays over the events, in start order, so that layout, hit tests and keyboard steps
 * touch typed arrays instead of re-parsing date strings on every frame.
 */
export interface EventIndex {
	events: readonly AtlasEvent[];
	/** UTC ms, start inclusive / end exclusive of each event's whole span. */
	starts: Float64Array;
	ends: Float64Array;
	lanes: Uint8Array;
	/** 1 when the event is one day with no end: drawn as a point, not a span. */
	points: Uint8Array;
	/** Running maximum of `ends`: nondecreasing, so a binary search finds the first event that can reach a window. */
	maxEnds: Float64Array;
	positions: ReadonlyMap<string, number>;
	/** Events left out because their dates could not be read. */
	skipped: number;
}

export function buildEventIndex(input: readonly AtlasEvent[]): EventIndex {
	const rows: Array<{ e: AtlasEvent; start: number; end: number }> = [];
	let sorted = true;
	for (const e of input) {
		// dateSpan would roll "2022-13" over into the next year; skip what the schema would refuse.
		if (!isPartialDate(e.date) || (e.end !== undefined && !isPartialDate(e.end))) continue;
		const span = eventSpan(e.date, e.end);
		if (rows.length > 0 && span.start < rows[rows.length - 1]!.start) sorted = false;
		rows.push({ e, start: span.start, end: span.end });
	}
	// The build step sorts; a hand-made or filtered list might not be, and binary search needs it.
	if (!sorted) rows.sort((a, b) => a.start - b.start);
	const n = rows.length;
	const index: EventIndex = {
		events: rows.map((r) => r.e),
		starts: new Float64Array(n),
		ends: new Float64Array(n),
		lanes: new Uint8Array(n),
		points: new Uint8Array(n),
		maxEnds: new Float64Array(n),
		positions: new Map(rows.map((r, i) => [r.e.id, i])),
		skipped: input.length - n
	};
	let maxEnd = -Infinity;
	for (let i = 0; i < n; i++) {
		const { e, start, end } = rows[i]!;
		index.starts[i] = start;
		index.ends[i] = end;
		index.lanes[i] = laneOf(e.type);
		index.points[i] = e.end === undefined && precisionOf(e.date) === 'day' ? 1 : 0;
		index.maxEnds[i] = maxEnd = Math.max(maxEnd, end);
	}
	return index;
}

/** First index whose value is ≥ x (or > x when `strict`) in a nondecreasing array. */
export function bisect(values: ArrayLike<number>, x: number, strict = false): number {
	let lo = 0;
	let hi = values.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (strict ? values[mid]! <= x : values[mid]! < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Index range [lo, hi) holding every event that overlaps [start, end). Some inside it may still
 * end before `start` (an earlier long span raised the running maximum): check `ends[i] > start`.
 */
export function candidateRange(index: EventIndex, start: number, end: number): [number, number] {
	return [bisect(index.maxEnds, start, true), bisect(index.starts, end)];
}
