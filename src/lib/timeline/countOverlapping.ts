import { candidateRange, type EventIndex } from './eventIndex';

/**
 * How many events overlap [start, end): the export menu's count, without listing them (listing
 * 100,000 events on every view change was most of the menu's cost; the list is made on a save).
 */
export function countOverlapping(
	index: Pick<EventIndex, 'starts' | 'ends' | 'maxEnds'>,
	start: number,
	end: number
): number {
	const [lo, hi] = candidateRange(index, start, end);
	let n = 0;
	for (let i = lo; i < hi; i++) if (index.ends[i]! > start) n++;
	return n;
}
