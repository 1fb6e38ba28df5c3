import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EVENT_TYPES } from '$lib/model/schema';
import { parseViewQuery } from '$lib/url/parseViewQuery';
import { serializeViewQuery } from '$lib/url/serializeViewQuery';
import type { QueryContext, ViewQuery } from '$lib/url/viewQuery';

const EXTENT = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2024, 0, 1) };
const IDS = new Set(['2022-01-10-summit-moscow', '2022-09-13-clash-jermuk']);
const COUNTRIES = new Set(['ARM', 'KAZ', 'RUS', 'AZE']);
const ctx: QueryContext = {
	hasEvent: (id) => IDS.has(id),
	hasCountry: (c) => COUNTRIES.has(c),
	extent: EXTENT
};
const DEFAULT: ViewQuery = { event: null, country: null, types: [...EVENT_TYPES], view: EXTENT };

const parse = (search: string) => parseViewQuery(new URLSearchParams(search), ctx);

describe('parseViewQuery', () => {
	it('reads a full, valid query', () => {
		expect(
			parse(
				'event=2022-01-10-summit-moscow&country=KAZ&from=2022-01-01&to=2022-03-31&types=summit,clash'
			)
		).toEqual({
			event: '2022-01-10-summit-moscow',
			country: 'KAZ',
			types: ['summit', 'clash'],
			view: { start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 3, 1) }
		});
	});

	it('gives the default view for an empty query', () => {
		expect(parse('')).toEqual(DEFAULT);
	});

	it.each([
		['an unknown event id', 'event=2099-01-01-summit-nowhere'],
		['an empty event id', 'event='],
		['a script tag as id', 'event=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
		['a javascript: URL as id', 'event=javascript:alert(1)'],
		['a prototype key as id', 'event=__proto__'],
		['a constructor key as id', 'event=constructor'],
		['a path traversal as id', 'event=..%2F..%2Fetc%2Fpasswd'],
		['a huge id', `event=${'a'.repeat(100_000)}`],
		['an unknown country', 'country=XYZ'],
		['a prototype key as country', 'country=__proto__'],
		['a two-letter country', 'country=AM'],
		['a country with markup', 'country=%3Cb%3EARM'],
		['a day that does not exist', 'from=2022-02-30'],
		['a month instead of a day', 'from=2022-02'],
		['a date in another form', 'from=01%2F02%2F2022'],
		['a timestamp', 'from=1641772800000'],
		['a date with a time', 'from=2022-01-01T00:00:00Z'],
		['an inverted window', 'from=2022-03-31&to=2022-01-01'],
		['a window wholly after the data', 'from=2030-01-01&to=2030-12-31'],
		['a window wholly before the data', 'from=1990-01-01&to=1990-12-31'],
		['unknown types', 'types=party,war'],
		['an empty types list', 'types=,,,'],
		['types with markup', 'types=%3Cimg%20src%3Dx%3E'],
		['a bare question mark', '?'],
		['keys without values', 'event&country&from&to&types'],
		['unknown keys only', 'foo=bar&__proto__[x]=1&constructor=1']
	])('falls back to the default view for %s', (_name, search) => {
		expect(parse(search)).toEqual(DEFAULT);
	});

	it('keeps the valid parts of a partly malformed query', () => {
		expect(parse('event=nope&country=KAZ&from=bad&to=2022-03-31&types=summit,war')).toEqual({
			event: null,
			country: 'KAZ',
			types: ['summit'],
			view: { start: EXTENT.start, end: Date.UTC(2022, 3, 1) }
		});
	});

	it.each([
		[
			'the first known event of repeated ones',
			'event=nope&event=2022-09-13-clash-jermuk&event=2022-01-10-summit-moscow',
			{ event: '2022-09-13-clash-jermuk' }
		],
		[
			'the first known country of repeated ones',
			'country=XYZ&country=ARM&country=KAZ',
			{ country: 'ARM' }
		],
		[
			'the union of repeated types',
			'types=summit&types=deployment',
			{ types: ['summit', 'deployment'] }
		],
		[
			'the first of repeated from days',
			'from=2022-01-01&from=2023-01-01',
			{ view: { start: Date.UTC(2022, 0, 1), end: EXTENT.end } }
		]
	])('takes %s', (_name, search, expected) => {
		expect(parse(search)).toEqual({ ...DEFAULT, ...expected });
	});

	it('reads a lower-case country code', () => {
		expect(parse('country=arm').country).toBe('ARM');
	});

	it('reads types in any order and case, in the canonical order', () => {
		expect(parse('types=Deployment,SUMMIT').types).toEqual(['summit', 'deployment']);
	});

	it('reads an explicit none as an empty type filter', () => {
		expect(parse('types=none').types).toEqual([]);
	});

	it('clamps a window that reaches past the data into the data', () => {
		expect(parse('from=2019-06-01&to=2022-06-30').view).toEqual({
			start: EXTENT.start,
			end: Date.UTC(2022, 6, 1)
		});
	});

	it('reads a one-day window', () => {
		expect(parse('from=2022-01-10&to=2022-01-10').view).toEqual({
			start: Date.UTC(2022, 0, 10),
			end: Date.UTC(2022, 0, 11)
		});
	});

	it('never throws on any query string', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				const q = parse(s);
				expect(q.view.end).toBeGreaterThan(q.view.start);
				expect(q.view.start).toBeGreaterThanOrEqual(EXTENT.start);
				expect(q.view.end).toBeLessThanOrEqual(EXTENT.end);
			}),
			{ seed: 42, numRuns: 500 }
		);
	});
});

describe('serializeViewQuery', () => {
	it('writes nothing for the default view', () => {
		expect(serializeViewQuery(DEFAULT, EXTENT)).toBe('');
	});

	it('writes the keys in a fixed order with readable commas', () => {
		expect(
			serializeViewQuery(
				{
					event: '2022-01-10-summit-moscow',
					country: 'KAZ',
					types: ['clash', 'summit'],
					view: { start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 3, 1) }
				},
				EXTENT
			)
		).toBe(
			'event=2022-01-10-summit-moscow&country=KAZ&from=2022-01-01&to=2022-03-31&types=summit,clash'
		);
	});

	it('writes none for an empty type filter', () => {
		expect(serializeViewQuery({ ...DEFAULT, types: [] }, EXTENT)).toBe('types=none');
	});

	it('writes the search text and the embed flag last, and reads them back', () => {
		const query: ViewQuery = { ...DEFAULT, q: 'قمة, "Minsk" & co', embed: true };
		const search = serializeViewQuery(query, EXTENT);
		expect(search.startsWith('q=')).toBe(true);
		expect(search.endsWith('&embed=1')).toBe(true);
		expect(parse(search)).toEqual(query);
	});

	it('leaves out an empty search and a false embed flag', () => {
		expect(serializeViewQuery({ ...DEFAULT, q: '', embed: false }, EXTENT)).toBe('');
		expect(parse('q=&embed=0')).toEqual(DEFAULT);
	});

	it.each([
		['matrix=1', true],
		['matrix=0', undefined],
		['matrix=yes', undefined]
	])('reads the attendance matrix as open only from matrix=1 (%s)', (search, open) => {
		expect(parse(search).matrix).toBe(open);
	});

	it('writes an open attendance matrix before the search text, and reads it back', () => {
		const query: ViewQuery = { ...DEFAULT, matrix: true, q: 'Minsk' };
		const search = serializeViewQuery(query, EXTENT);
		expect(search).toBe('matrix=1&q=Minsk');
		expect(parse(search)).toEqual(query);
	});

	it('writes the inclusive last day of a window that ends mid-day', () => {
		const view = { start: Date.UTC(2022, 0, 1, 13), end: Date.UTC(2022, 1, 3, 6) };
		expect(serializeViewQuery({ ...DEFAULT, view }, EXTENT)).toBe('from=2022-01-01&to=2022-02-03');
	});

	it('round-trips any view through the URL at day resolution', () => {
		const DAY = 86_400_000;
		const days = (EXTENT.end - EXTENT.start) / DAY;
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: days - 1 }),
				fc.integer({ min: 1, max: days }),
				fc.subarray([...EVENT_TYPES]),
				fc.constantFrom(null, ...IDS),
				fc.constantFrom(null, ...COUNTRIES),
				(a, length, types, event, country) => {
					const start = EXTENT.start + a * DAY;
					const end = Math.min(EXTENT.end, start + length * DAY);
					const query: ViewQuery = { event, country, types, view: { start, end } };
					const again = parse(serializeViewQuery(query, EXTENT));
					expect(again).toEqual({ ...query, types: EVENT_TYPES.filter((t) => types.includes(t)) });
				}
			),
			{ seed: 7, numRuns: 300 }
		);
	});
});
