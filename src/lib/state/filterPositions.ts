import type { EventType, IndexEvent } from '$lib/model/schema';
import { LANES, laneOf } from '$lib/timeline/lanes';

/**
 * Positions (ascending) of the events that involve `country` — that list it, are placed in it or
 * record its attendance (see `involves`). One pass of plain comparisons, made once per country
 * and kept (see ExplorerState), so filtering by it again walks that country's numbers only.
 */
export function countryPositions(events: readonly IndexEvent[], country: string): Uint32Array {
	const out = new Uint32Array(events.length);
	let k = 0;
	for (let i = 0; i < events.length; i++) {
		const e = events[i]!;
		if (
			e.countries.includes(country) ||
			e.place?.country === country ||
			(e.participation !== undefined && country in e.participation)
		)
			out[k++] = i;
	}
	return out.slice(0, k);
}

/** The lanes (see LANES) of the given types, as bits: bit `laneOf(t)` for each type t. */
export function laneMask(types: Iterable<EventType>): number {
	let mask = 0;
	for (const t of types) mask |= 1 << laneOf(t);
	return mask;
}

/** Every lane's bit: no type filtered out. */
export const ALL_LANES = (1 << LANES.length) - 1;

/**
 * Positions (ascending) of the events whose lane is in `mask` and, when `within` is given, that
 * are among those positions: a pass over one byte per event, or over one country's list.
 */
export function filterPositions(
	lanes: Uint8Array,
	mask: number,
	within: Uint32Array | null
): Uint32Array {
	const n = within ? within.length : lanes.length;
	const out = new Uint32Array(n);
	let k = 0;
	if (within) {
		for (let j = 0; j < n; j++) if ((mask >> lanes[within[j]!]!) & 1) out[k++] = within[j]!;
	} else for (let i = 0; i < n; i++) if ((mask >> lanes[i]!) & 1) out[k++] = i;
	return out.slice(0, k);
}
