import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '$lib/model/schema';
import { eventIdFromPath, eventPath } from '$lib/url/eventPath';
import { parseViewUrl } from '$lib/url/parseViewUrl';
import { viewHref } from '$lib/url/viewHref';
import type { QueryContext, ViewQuery } from '$lib/url/viewQuery';

const EXTENT = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2024, 0, 1) };
const IDS = new Set(['2022-01-10-summit-moscow', '2022-09-13-clash-jermuk']);
const ctx: QueryContext = {
	hasEvent: (id) => IDS.has(id),
	hasCountry: (c) => c === 'ARM' || c === 'KAZ',
	extent: EXTENT
};
const DEFAULT: ViewQuery = { event: null, country: null, types: [...EVENT_TYPES], view: EXTENT };
const at = (href: string) => parseViewUrl(new URL(href, 'http://127.0.0.1'), ctx);

describe('viewHref', () => {
	it('is / for the default view', () => {
		expect(viewHref(DEFAULT, EXTENT)).toBe('/');
	});

	it('puts a selected event in the path and the rest in the query', () => {
		expect(
			viewHref(
				{ ...DEFAULT, event: '2022-01-10-summit-moscow', country: 'KAZ', types: ['summit'] },
				EXTENT
			)
		).toBe('/events/2022-01-10-summit-moscow?country=KAZ&types=summit');
	});

	it('keeps filters on the home path when nothing is selected', () => {
		expect(viewHref({ ...DEFAULT, country: 'ARM' }, EXTENT)).toBe('/?country=ARM');
	});

	it.each([
		['/', DEFAULT],
		['/events/2022-01-10-summit-moscow', { ...DEFAULT, event: '2022-01-10-summit-moscow' }],
		[
			'/?country=KAZ&from=2022-01-01&to=2022-03-31',
			{
				...DEFAULT,
				country: 'KAZ',
				view: { start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 3, 1) }
			}
		]
	])('round-trips %s', (href, query) => {
		expect(viewHref(at(href), EXTENT)).toBe(href);
		expect(at(href)).toEqual(query);
	});
});

describe('parseViewUrl', () => {
	it('reads ?event= on the home path as the brief’s links do', () => {
		expect(at('/?event=2022-09-13-clash-jermuk').event).toBe('2022-09-13-clash-jermuk');
	});

	it('prefers the event in the path over ?event=', () => {
		expect(at('/events/2022-01-10-summit-moscow?event=2022-09-13-clash-jermuk').event).toBe(
			'2022-01-10-summit-moscow'
		);
	});

	it.each([
		['an unknown id in the path', '/events/nope', null],
		[
			'an unknown id in the path with a known one in the query',
			'/events/nope?event=2022-09-13-clash-jermuk',
			'2022-09-13-clash-jermuk'
		],
		['a broken escape in the path', '/events/%E0%A4%A', null],
		['a deeper path', '/events/2022-01-10-summit-moscow/extra', null]
	])('handles %s', (_name, href, event) => {
		expect(at(href).event).toBe(event);
	});
});

describe('eventPath', () => {
	it.each([
		['2022-01-10-summit-moscow', '/events/2022-01-10-summit-moscow'],
		['a/b?c', '/events/a%2Fb%3Fc']
	])('round-trips %s', (id, path) => {
		expect(eventPath(id)).toBe(path);
		expect(eventIdFromPath(path)).toBe(id);
	});

	it.each(['/', '/events', '/events/', '/eventsx/a', '/x/events/a'])(
		'finds no event in %s',
		(path) => {
			expect(eventIdFromPath(path)).toBeNull();
		}
	);
});
