import { LANES } from '$lib/timeline/lanes';
import { ALL_LANES } from './filterPositions';

/** A filter as the explorer keys it: a member country (or none) and the lanes shown, as bits. */
export interface FilterKey {
	country: string | null;
	mask: number;
}

/**
 * The filters one click away from the unfiltered view: each type toggled off alone, then each
 * member chosen alone. The explorer prepares their indexes in idle time, in this order (a type
 * toggle is the commoner first click), so that click's frame does no filtering.
 */
export function oneClickFilters(members: readonly string[]): FilterKey[] {
	return [
		...LANES.map((_, lane) => ({ country: null, mask: ALL_LANES & ~(1 << lane) })),
		...members.map((country) => ({ country, mask: ALL_LANES }))
	];
}

/** The key a filter's index is kept under. */
export function filterKey({ country, mask }: FilterKey): string {
	return `${country ?? ''} ${mask}`;
}
