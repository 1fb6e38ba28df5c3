/**
 * The index file's columns give back exactly the index they were made from, through JSON as the
 * file is written and read, whatever its events hold or lack.
 */
import { describe, expect, it } from 'vitest';
import { badRefs, compactIndex, expandEvents, expandIndex, NONE } from '$lib/model/compactIndex';
import type { EventSetIndex, IndexEvent } from '$lib/model/schema';
import { splitEventSet } from '$lib/model/splitEventSet';
import { syntheticEventSet } from '$lib/model/synthetic';

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const title = (en: string, ar: string) => ({ en, ar });
const minsk = {
	name: title('Minsk', 'مينسك'),
	country: 'BLR',
	lon: 27.56,
	lat: 53.9
};
/** Events that hold and lack each optional entry, repeat values, and differ in key order. */
const NASTY: IndexEvent[] = [
	{
		id: '2021-summit',
		type: 'summit',
		date: '2021',
		title: title('Summit', 'قمة'),
		place: null,
		countries: []
	},
	{
		id: '2022-09-13-clash-jermuk',
		type: 'clash',
		date: '2022-09-13',
		end: '2022-09-14',
		title: title('Clash "quoted" \\ \u2028', 'اشتباك\u200f'),
		place: minsk,
		countries: ['ARM', 'AZE']
	},
	{
		id: '2023-11-23-summit-minsk',
		type: 'summit',
		date: '2023-11-23',
		title: title('Summit', 'قمة'),
		place: { ...minsk },
		countries: ['ARM', 'BLR'],
		participation: { ARM: 'absent', BLR: 'present' }
	},
	{
		id: '2023-11-23-summit-minsk-2',
		type: 'summit',
		date: '2023-11-23',
		end: '2023-11',
		title: title('Summit', 'قمة'),
		place: minsk,
		countries: ['BLR', 'ARM'],
		participation: { BLR: 'present', ARM: 'absent' }
	}
];

const indexOf = (events: IndexEvent[]): EventSetIndex => ({
	...splitEventSet(syntheticEventSet(0, 1)).index,
	events
});

describe('compactIndex', () => {
	it('gives back events that hold and lack every optional entry, through JSON', () => {
		const index = indexOf(NASTY);
		const file = copy(compactIndex(index));
		expect(expandIndex(file)).toStrictEqual(copy(index));
		// Repeats are written once: one title for three summits, one place, one date for two.
		expect(file.titles).toHaveLength(2);
		expect(file.places).toHaveLength(1);
		expect(file.dates).toEqual(['2021', '2022-09-13', '2022-09-14', '2023-11-23', '2023-11']);
		expect(file.events.place[0]).toBe(NONE);
		expect(file.events.end).toEqual([NONE, 2, NONE, 4]);
		// Lists and attendance in another order are other values: the order is kept.
		expect(file.countryLists).toHaveLength(4);
		expect(file.participations).toHaveLength(2);
	});

	it('gives back an index without events', () => {
		const index = indexOf([]);
		const file = copy(compactIndex(index));
		expect(file.events.id).toEqual([]);
		expect(expandIndex(file)).toStrictEqual(copy(index));
	});

	it('gives back a seeded generated set of 20,000 events, and writes each distinct title once', () => {
		const index = splitEventSet(syntheticEventSet(20_000, 4)).index;
		const file = copy(compactIndex(index));
		expect(file.titles.length).toBe(new Set(index.events.map((e) => JSON.stringify(e.title))).size);
		expect(expandIndex(file)).toStrictEqual(copy(index));
	});
});

describe('expandEvents', () => {
	const ORDER = ['id', 'type', 'date', 'end', 'title', 'place', 'countries', 'participation'];

	it('writes every event’s keys in the event set’s order, with and without each optional one', () => {
		const file = copy(compactIndex(indexOf(NASTY)));
		const made = expandEvents(file.events, file);
		expect(made).toEqual(NASTY);
		for (const e of made) expect(Object.keys(e)).toEqual(ORDER.filter((k) => k in e));
		// Each branch ran: no end nor attendance, an end, attendance, both.
		expect(made.map((e) => `${'end' in e} ${'participation' in e}`)).toEqual([
			'false false',
			'true false',
			'false true',
			'true true'
		]);
	});

	it('makes a slice [from, to) of a generated set, sharing the tables’ objects', () => {
		const index = splitEventSet(syntheticEventSet(500, 2)).index;
		const file = compactIndex(index);
		const slice = expandEvents(file.events, file, 100, 150);
		// By value: the generator writes `end` after `countries`, the event set before `title`.
		expect(slice).toEqual(index.events.slice(100, 150));
		expect(slice[0]!.title).toBe(file.titles[file.events.title[100]!]);
		expect(expandEvents(file.events, file, 10, 10)).toEqual([]);
	});
});

describe('badRefs', () => {
	const file = () => copy(compactIndex(indexOf(NASTY)));

	it('finds nothing in a file as compactIndex makes it', () => {
		const f = file();
		expect(badRefs(f.events, f)).toEqual([]);
	});

	it.each([
		['a position past its table', 'title', 1, 2, 'no such title'],
		['a negative position in a column that must have one', 'date', 0, NONE, 'no such date'],
		['a position below -1', 'place', 0, -2, 'no such place'],
		['a fraction', 'countries', 3, 0.5, 'no such list of countries'],
		['not a number', 'participation', 2, 'x', 'no such attendance']
	] as const)('names %s by column and event', (_, column, at, value, message) => {
		const f = file();
		(f.events[column] as unknown[])[at] = value;
		expect(badRefs(f.events, f)).toEqual([{ path: `events.${column}.${at}`, message }]);
		expect(() => expandIndex(f)).toThrow(`events.${column}.${at}: ${message}`);
	});

	it('stops at `limit` problems', () => {
		const f = file();
		f.events.title = f.events.title.map(() => 99);
		expect(badRefs(f.events, f)).toHaveLength(4);
		expect(badRefs(f.events, f, 1)).toHaveLength(1);
	});
});
