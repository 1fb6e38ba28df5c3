import { dateSpan, isPartialDate } from '$lib/model/partialDate';
import type { IndexEvent } from '$lib/model/schema';
import { finishEventIndex } from './finishEventIndex';
import { laneOf } from './lanes';
import { runToEnd } from '$lib/state/runToEnd';
import { subsetInSteps } from './subsetInSteps';

/**
 * Column arrays over the events, in start order, so that layout, hit tests and keyboard steps
 * touch typed arrays instead of re-parsing date strings on every frame.
 */
export interface EventIndex {
	events: readonly IndexEvent[];
	/** UTC ms, start inclusive / end exclusive of each event's whole span. */
	starts: Float64Array;
	ends: Float64Array;
	lanes: Uint8Array;
	/** 1 when the event is one day with no end: drawn as a point, not a span. */
	points: Uint8Array;
	/** Running maximum of `ends`: nondecreasing, so a binary search finds the first event that can reach a window. */
	maxEnds: Float64Array;
	/** Positions of each lane's events, ascending: a lane's layout walks only its own events. */
	byLane: Uint32Array[];
	/** Events left out because their dates could not be read. */
	skipped: number;
}

/**
 * Builds the index in one pass. Date strings repeat (a few thousand distinct days at most), so
 * their spans are parsed once each; at 100,000 events parsing and allocation were the cost.
 */
export function buildEventIndex(input: readonly IndexEvent[]): EventIndex {
	const spans = new Map<string, { start: number; end: number } | null>();
	const spanOf = (date: string) => {
		let s = spans.get(date);
		if (s === undefined) {
			// dateSpan would roll "2022-13" over into the next year: refuse what the schema would.
			s = isPartialDate(date) ? dateSpan(date) : null;
			spans.set(date, s);
		}
		return s;
	};
	const n = input.length;
	const events: IndexEvent[] = new Array(n);
	const starts = new Float64Array(n);
	const ends = new Float64Array(n);
	const lanes = new Uint8Array(n);
	const points = new Uint8Array(n);
	let k = 0;
	let sorted = true;
	for (const e of input) {
		const a = spanOf(e.date);
		const b = e.end === undefined ? a : spanOf(e.end);
		if (a === null || b === null) continue;
		if (k > 0 && a.start < starts[k - 1]!) sorted = false;
		events[k] = e;
		starts[k] = a.start;
		ends[k] = Math.max(a.end, b.end);
		lanes[k] = laneOf(e.type);
		points[k] = e.end === undefined && e.date.length === 10 ? 1 : 0;
		k++;
	}
	events.length = k;
	return finishEventIndex({ events, starts, ends, lanes, points }, sorted, n - k);
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
export function candidateRange(
	index: Pick<EventIndex, 'starts' | 'maxEnds'>,
	start: number,
	end: number
): [number, number] {
	return [bisect(index.maxEnds, start, true), bisect(index.starts, end)];
}

/**
 * Position of an event in the index, or null when it is not there (filtered out, or undated).
 * A binary search on its start and a scan of the events starting with it, instead of a map of
 * every id: that map cost more than the rest of the index at 100,000 events.
 */
export function positionOf(index: EventIndex, event: IndexEvent | null | undefined): number | null {
	if (!event || !isPartialDate(event.date)) return null;
	const start = dateSpan(event.date).start;
	for (
		let i = bisect(index.starts, start);
		i < index.events.length && index.starts[i] === start;
		i++
	)
		if (index.events[i]!.id === event.id) return i;
	return null;
}

/** An index over some of another index's events, with each one's position in that index. */
export interface SubIndex extends EventIndex {
	from: Uint32Array;
}

/**
 * The events of `index` that `keep` accepts (by position), as an index of their own: the columns
 * are copied, never re-read from date strings, so a filter over 100,000 events costs a pass over
 * numbers. Events the full index skipped stay skipped.
 */
export function subsetIndex(index: EventIndex, keep: (i: number) => boolean): SubIndex {
	const n = index.events.length;
	const from = new Uint32Array(n);
	let k = 0;
	for (let i = 0; i < n; i++) if (keep(i)) from[k++] = i;
	return subsetAt(index, from.subarray(0, k));
}

/** The index's events at the given positions (ascending), as an index of their own. */
export function subsetAt(index: EventIndex, at: Uint32Array): SubIndex {
	return runToEnd(subsetInSteps(index, at));
}

/** The whole index as a subset of itself: nothing copied, each position its own. */
export function wholeIndex(index: EventIndex): SubIndex {
	const from = new Uint32Array(index.events.length);
	for (let i = 0; i < from.length; i++) from[i] = i;
	return { ...index, from };
}

/** The events overlapping [start, end), in start order: a binary search, then a scan of numbers. */
export function eventsOverlapping(index: EventIndex, start: number, end: number): IndexEvent[] {
	const [lo, hi] = candidateRange(index, start, end);
	const out: IndexEvent[] = [];
	for (let i = lo; i < hi; i++) if (index.ends[i]! > start) out.push(index.events[i]!);
	return out;
}

/** The lane's events among positions [lo, hi), as a view (no copy) of its position list. */
export function laneMembers(index: EventIndex, lane: number, lo: number, hi: number): Uint32Array {
	const list = index.byLane[lane] ?? new Uint32Array(0);
	return list.subarray(bisect(list, lo), bisect(list, hi));
}
