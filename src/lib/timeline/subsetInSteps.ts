import type { IndexEvent } from '$lib/model/schema';
import type { EventIndex, SubIndex } from './eventIndex';
import { LANES } from './lanes';

/**
 * The index's events at the given positions (ascending), as an index of their own (see
 * subsetAt), pausing after every `slice` positions: the explorer prepares the filters one click
 * away in idle time, and at 100,000 events one subset is a 30–80 ms task on a busy host.
 */
export function* subsetInSteps(
	index: EventIndex,
	at: Uint32Array,
	slice = Infinity
): Generator<void, SubIndex, void> {
	const k = at.length;
	const events: IndexEvent[] = new Array(k);
	const starts = new Float64Array(k);
	const ends = new Float64Array(k);
	const lanes = new Uint8Array(k);
	const points = new Uint8Array(k);
	const maxEnds = new Float64Array(k);
	const laneSizes = new Uint32Array(LANES.length);
	let maxEnd = -Infinity;
	for (let j = 0; j < k; j++) {
		if (j > 0 && j % slice === 0) yield;
		const i = at[j]!;
		events[j] = index.events[i]!;
		starts[j] = index.starts[i]!;
		ends[j] = index.ends[i]!;
		lanes[j] = index.lanes[i]!;
		points[j] = index.points[i]!;
		maxEnds[j] = maxEnd = Math.max(maxEnd, ends[j]!);
		laneSizes[lanes[j]!]!++;
	}
	const byLane = LANES.map((_, lane) => new Uint32Array(laneSizes[lane]!));
	const filled = new Uint32Array(LANES.length);
	for (let j = 0; j < k; j++) byLane[lanes[j]!]![filled[lanes[j]!]!++] = j;
	return {
		events,
		starts,
		ends,
		lanes,
		points,
		maxEnds,
		byLane,
		skipped: index.skipped,
		from: at
	};
}
