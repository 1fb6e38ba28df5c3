import { candidateRange, type EventIndex } from './eventIndex';

/**
 * Positions in the index of the events overlapping [start, end), in start order, as numbers: the
 * event list draws only the rows in sight, so it reads their events from these, and a view of
 * 100,000 events costs one typed array instead of an array of 100,000 objects.
 */
export function overlapPositions(
	index: Pick<EventIndex, 'starts' | 'ends' | 'maxEnds'>,
	start: number,
	end: number
): Uint32Array {
	const [lo, hi] = candidateRange(index, start, end);
	const out = new Uint32Array(Math.max(0, hi - lo));
	let k = 0;
	for (let i = lo; i < hi; i++) if (index.ends[i]! > start) out[k++] = i;
	return k === out.length ? out : out.subarray(0, k);
}
