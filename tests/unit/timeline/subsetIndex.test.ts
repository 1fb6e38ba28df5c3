import { describe, expect, it } from 'vitest';
import { groupByPlace, placeTable } from '$lib/map/eventsToMarkers';
import { filterEvents, involves } from '$lib/model/filterEvents';
import { syntheticEventSet } from '$lib/model/synthetic';
import { buildEventIndex, subsetIndex } from '$lib/timeline/eventIndex';

const { events } = syntheticEventSet(4_000, 9);
const full = buildEventIndex(events);
const filter = { country: 'ARM', types: new Set(['clash', 'deployment'] as const) };
const keep = (i: number) => {
	const e = full.events[i]!;
	return filter.types.has(e.type as 'clash') && involves(e, filter.country);
};

describe('subsetIndex', () => {
	it('cuts from the full index what indexing the filtered events gives', () => {
		const { from, ...cut } = subsetIndex(full, keep);
		const direct = buildEventIndex(filterEvents(events, filter));
		expect(cut).toEqual(direct);
		expect(from).toHaveLength(direct.events.length);
		from.forEach((i, j) => expect(full.events[i]).toBe(cut.events[j]));
	});

	it('keeps nothing when the filter keeps nothing', () => {
		const none = subsetIndex(full, () => false);
		expect(none.events).toEqual([]);
		expect(none.byLane.every((l) => l.length === 0)).toBe(true);
	});
});

describe('groupByPlace over a cut index', () => {
	it('groups as it would with the places numbered from the filtered events themselves', () => {
		const cut = subsetIndex(full, keep);
		expect(groupByPlace(cut, placeTable(full))).toEqual(
			groupByPlace(buildEventIndex(filterEvents(events, filter)))
		);
	});
});
