import { describe, expect, it } from 'vitest';
import { splitBeside } from '$lib/map/besideMarkers';
import {
	eventsToMarkers,
	firstId,
	groupByPlace,
	groupByPlaceInSteps,
	placeMarkers,
	placeTable
} from '$lib/map/eventsToMarkers';
import { buildEventIndex } from '$lib/timeline/eventIndex';
import { focusMarkers } from '$lib/map/focusMarkers';
import type { AtlasEvent, Place } from '$lib/model/schema';
import { syntheticEventSet } from '$lib/model/synthetic';

const yerevan: Place = {
	name: { en: 'Yerevan', ar: 'يريفان' },
	country: 'ARM',
	lon: 44.51,
	lat: 40.18
};
const minsk: Place = { name: { en: 'Minsk', ar: 'مينسك' }, country: 'BLR', lon: 27.56, lat: 53.9 };

const event = (id: string, place: Place | null, date = '2022-11-23', end?: string): AtlasEvent => ({
	id,
	type: 'summit',
	date,
	...(end ? { end } : {}),
	title: { en: id, ar: id },
	place,
	countries: [],
	sources: [{ article: 'a', start: 0, end: 1, quote: 'x', claims: {} }]
});

describe('eventsToMarkers', () => {
	it('puts events at the same place into one marker and counts them', () => {
		const fc = eventsToMarkers([
			event('2022-a', yerevan),
			event('2022-b', minsk),
			event('2022-c', yerevan)
		]);
		expect(fc.features).toHaveLength(2);
		const arm = fc.features.find((f) => f.geometry.coordinates[0] === 44.51)!;
		expect(arm.properties).toMatchObject({ ids: '2022-a 2022-c', count: 2 });
	});

	it('treats places within ~50 m as the same place', () => {
		const near = { ...yerevan, lon: 44.5101, lat: 40.1801 };
		expect(
			eventsToMarkers([event('2022-a', yerevan), event('2022-b', near)]).features
		).toHaveLength(1);
	});

	it.each([
		['no events', []],
		['only events without a place', [event('2022-x', null), event('2022-y', null)]]
	])('makes no markers from %s', (_, events) => {
		expect(eventsToMarkers(events as AtlasEvent[]).features).toEqual([]);
	});

	it('does not depend on event order', () => {
		const events = [event('2022-a', yerevan), event('2022-b', minsk), event('2022-c', yerevan)];
		const a = eventsToMarkers(events).features.map((f) => f.geometry.coordinates);
		const b = eventsToMarkers([...events].reverse()).features.map((f) => f.geometry.coordinates);
		expect(a).toEqual(b);
	});

	it.each([
		['inside the window', '2022-11-23', undefined, 1],
		['before the window', '2021-05', undefined, 0],
		['spanning into the window', '2022-10-01', '2022-11-02', 1],
		['a year precision covering the window', '2022', undefined, 1]
	])('marks an event %s as inView %s', (_, date, end, inView) => {
		const view = { start: Date.UTC(2022, 10, 1), end: Date.UTC(2022, 11, 1) };
		const [f] = eventsToMarkers([event('2022-a', yerevan, date, end)], view).features;
		expect(f!.properties.inView).toBe(inView);
	});

	it('keeps every placed event of a realistic set exactly once', () => {
		const set = syntheticEventSet(500, 3);
		const fc = eventsToMarkers(set.events);
		const ids = fc.features.flatMap((f) => f.properties.ids.split(' '));
		expect(ids.sort()).toEqual(
			set.events
				.filter((e) => e.place)
				.map((e) => e.id)
				.sort()
		);
		expect(fc.features.reduce((n, f) => n + f.properties.count, 0)).toBe(ids.length);
	});
});

describe('focusMarkers', () => {
	const a = event('2022-a', yerevan);
	const b = event('2022-b', minsk);

	it.each([
		['nothing', null, null, []],
		['a selection', a, null, ['selected']],
		['a hover and a selection', a, b, ['hovered', 'selected']],
		['a hover on the selected event', a, a, ['selected']],
		['a selection without a place', event('2022-x', null), null, []]
	])('rings %s', (_, selected, hovered, kinds) => {
		expect(focusMarkers(selected, hovered).features.map((f) => f.properties.kind)).toEqual(kinds);
	});
});

describe('firstId', () => {
	it.each([
		['a', 'a'],
		['a b c', 'a'],
		['2022-01-01-summit-minsk 2022-01-02-clash-x', '2022-01-01-summit-minsk'],
		['', '']
	])('reads %j as %j', (ids, first) => {
		expect(firstId(ids)).toBe(first);
	});
});

describe('groupByPlaceInSteps', () => {
	it('groups in steps exactly as at once, one pause per place, each group with its place’s country', () => {
		const index = buildEventIndex([
			event('2022-a', yerevan),
			event('2022-b', minsk),
			event('2022-c', yerevan),
			event('2022-d', null)
		]);
		const table = placeTable(index);
		const steps = groupByPlaceInSteps(index, table);
		let pauses = 0;
		let next = steps.next();
		for (; !next.done; next = steps.next()) pauses++;
		expect(next.value).toEqual(groupByPlace(index, table));
		expect(pauses).toBe(2);
		expect(next.value.map((g) => [g.ids, g.country])).toEqual([
			['2022-b', 'BLR'],
			['2022-a 2022-c', 'ARM']
		]);
	});
});

describe('splitBeside', () => {
	it('draws beside a small country the markers whose place is in it, read by their position', () => {
		const index = buildEventIndex([event('2022-a', yerevan), event('2022-b', minsk)]);
		const groups = groupByPlace(index);
		const { main, beside } = splitBeside(placeMarkers(groups), (k) => groups[k]?.country ?? null);
		expect(main.features.map((f) => f.properties.ids)).toEqual(['2022-b']);
		expect(beside.features.map((f) => [f.properties.ids, f.properties.beside])).toEqual([
			['2022-a', 'ARM']
		]);
	});
});
