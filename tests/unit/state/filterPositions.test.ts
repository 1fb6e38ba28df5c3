import { describe, expect, it } from 'vitest';
import { involves } from '$lib/model/filterEvents';
import type { AtlasEvent, EventType } from '$lib/model/schema';
import { syntheticEventSet } from '$lib/model/synthetic';
import { ALL_LANES, countryPositions, filterPositions, laneMask } from '$lib/state/filterPositions';
import { buildEventIndex, subsetAt, subsetIndex } from '$lib/timeline/eventIndex';

const ev = (
	countries: string[],
	place: string | null,
	participation?: Record<string, 'present'>
): AtlasEvent => ({
	id: 'x',
	type: 'summit',
	date: '2022-01-01',
	title: { en: '', ar: '' },
	place: place ? { name: { en: '', ar: '' }, country: place, lon: 0, lat: 0 } : null,
	countries,
	participation,
	sources: []
});

describe('countryPositions', () => {
	it('lists each event once under every country it lists, is placed in or records attendance of', () => {
		const events = [
			ev(['ARM', 'AZE'], 'ARM'),
			ev([], 'KGZ'),
			ev(['RUS'], null, { ARM: 'present', BLR: 'present' }),
			ev([], null)
		];
		const got = Object.fromEntries(
			['ARM', 'AZE', 'KGZ', 'RUS', 'BLR', 'TJK'].map((c) => [c, [...countryPositions(events, c)]])
		);
		expect(got).toEqual({ ARM: [0, 2], AZE: [0], KGZ: [1], RUS: [2], BLR: [2], TJK: [] });
	});
});

describe('laneMask', () => {
	it.each([
		[[], 0],
		[['summit'], 0b001],
		[['clash'], 0b010],
		[['deployment'], 0b100],
		[['summit', 'deployment'], 0b101],
		[['summit', 'clash', 'deployment'], ALL_LANES]
	] as [EventType[], number][])('gives %j the bits %i', (types, mask) => {
		expect(laneMask(types)).toBe(mask);
	});
});

describe('filterPositions', () => {
	const lanes = Uint8Array.from([0, 1, 2, 0, 2, 1]);
	it.each([
		[0b111, null, [0, 1, 2, 3, 4, 5]],
		[0b001, null, [0, 3]],
		[0b110, null, [1, 2, 4, 5]],
		[0, null, []],
		[0b111, [1, 3, 4], [1, 3, 4]],
		[0b100, [1, 3, 4], [4]],
		[0b010, [], []]
	] as [number, number[] | null, number[]][])(
		'keeps with mask %i within %j the positions %j',
		(mask, within, expected) => {
			expect([...filterPositions(lanes, mask, within ? Uint32Array.from(within) : null)]).toEqual(
				expected
			);
		}
	);

	it('cuts the same index as testing every event against the filter', () => {
		const full = buildEventIndex(syntheticEventSet(3_000, 4).events);
		for (const country of [null, 'ARM', 'KGZ', 'AZE', 'XXX'])
			for (const types of [
				['summit'],
				['clash', 'deployment'],
				['summit', 'clash', 'deployment']
			] as EventType[][]) {
				const expected = subsetIndex(
					full,
					(i) =>
						types.includes(full.events[i]!.type) &&
						(country === null || involves(full.events[i]!, country))
				);
				const within = country === null ? null : countryPositions(full.events, country);
				expect(subsetAt(full, filterPositions(full.lanes, laneMask(types), within))).toEqual(
					expected
				);
			}
	});
});
