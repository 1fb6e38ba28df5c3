import type { AtlasEvent, EventType } from '$lib/model/schema';
import { LANES, laneOf } from '$lib/timeline/lanes';

/**
 * For each country, the positions (ascending) of the events that involve it — that list it, are
 * placed in it or record its attendance (see `involves`). Read once per data set in one pass, so
 * a country filter over 100,000 events walks that country's numbers, never the events.
 */
export function countryPositions(events: readonly AtlasEvent[]): Map<string, Uint32Array> {
	const lists = new Map<string, number[]>();
	const add = (code: string, i: number) => {
		let list = lists.get(code);
		if (!list) lists.set(code, (list = []));
		// An event names a country in several ways: list it once.
		if (list[list.length - 1] !== i) list.push(i);
	};
	events.forEach((e, i) => {
		for (const code of e.countries) add(code, i);
		if (e.place) add(e.place.country, i);
		if (e.participation) for (const code in e.participation) add(code, i);
	});
	const out = new Map<string, Uint32Array>();
	// Events are walked in order, so each list is already ascending.
	for (const [code, list] of lists) out.set(code, Uint32Array.from(list));
	return out;
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
