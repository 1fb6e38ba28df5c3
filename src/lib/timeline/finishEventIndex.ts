import type { IndexEvent } from '$lib/model/schema';
import type { EventIndex } from './eventIndex';
import { LANES } from './lanes';

/** An index's columns as first read, in input order, each `k` long. */
export interface IndexColumns<T = IndexEvent> {
	events: T[];
	starts: Float64Array;
	ends: Float64Array;
	lanes: Uint8Array;
	points: Uint8Array;
}

/** The index with its events of any kind: the data worker's holds their positions (timelineSpans). */
export type EventIndexOf<T> = Omit<EventIndex, 'events'> & { events: T[] };

/**
 * The index from its columns: in start order (the build step sorts; a hand-made or filtered list
 * might not be, and binary search needs it), each column in a buffer of its own length, with the
 * running maximum of ends and each lane's positions. `sorted`: the columns are in start order.
 */
export function finishEventIndex<T = IndexEvent>(
	columns: IndexColumns<T>,
	sorted: boolean,
	skipped: number
): EventIndexOf<T> {
	let { events, starts, ends, lanes, points } = columns;
	const k = events.length;
	if (!sorted) {
		const order = Array.from({ length: k }, (_, i) => i).sort(
			(x, y) => starts[x]! - starts[y]! || x - y
		);
		events = order.map((i) => events[i]!);
		starts = Float64Array.from(order, (i) => starts[i]!);
		ends = Float64Array.from(order, (i) => ends[i]!);
		lanes = Uint8Array.from(order, (i) => lanes[i]!);
		points = Uint8Array.from(order, (i) => points[i]!);
	} else {
		starts = starts.slice(0, k);
		ends = ends.slice(0, k);
		lanes = lanes.slice(0, k);
		points = points.slice(0, k);
	}
	const maxEnds = new Float64Array(k);
	const laneSizes = new Uint32Array(LANES.length);
	let maxEnd = -Infinity;
	for (let i = 0; i < k; i++) {
		laneSizes[lanes[i]!]!++;
		maxEnds[i] = maxEnd = Math.max(maxEnd, ends[i]!);
	}
	const byLane = LANES.map((_, lane) => new Uint32Array(laneSizes[lane]!));
	const filled = new Uint32Array(LANES.length);
	for (let i = 0; i < k; i++) byLane[lanes[i]!]![filled[lanes[i]!]!++] = i;
	return { events, starts, ends, lanes, points, maxEnds, byLane, skipped };
}
