import { describe, expect, it } from 'vitest';
import { syntheticEventSet } from '$lib/model/synthetic';
import { validateEventSet } from '$lib/model/validateEventSet';
import { eventsInWindow } from '$lib/ui/eventsInWindow';
import { fetchEventSet } from '$lib/ui/fetchEventSet';
import { initialEventOf } from '$lib/ui/initialEventOf';
import { readEventSet } from '$lib/ui/readEventSet';

const set = syntheticEventSet(40, 3);
const text = JSON.stringify(set);

describe('readEventSet', () => {
	it('reads a valid event set', () => {
		const result = readEventSet(text);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.data.events).toHaveLength(40);
	});

	it.each([
		['an empty file', ''],
		['truncated JSON', text.slice(0, text.length / 2)],
		['an HTML page', '<!doctype html><title>404</title>'],
		['null', 'null'],
		['an array', '[]'],
		['another version', JSON.stringify({ ...set, version: 1 })],
		[
			'an event without sources',
			JSON.stringify({ ...set, events: [{ ...set.events[0], sources: [] }] })
		],
		['a bad date', JSON.stringify({ ...set, window: { start: '2021-02-30', end: '2023-12-31' } })]
	])('reports %s as broken with a reason, without throwing', (_name, input) => {
		const result = readEventSet(input);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problem).toBe('broken');
			expect(result.reason.length).toBeGreaterThan(0);
		}
	});
});

describe('fetchEventSet', () => {
	const answer = (body: string, init: ResponseInit) => async () => new Response(body, init);

	it('reads the file the server sends', async () => {
		const result = await fetchEventSet('/data/events.json', answer(text, { status: 200 }));
		expect(result.ok).toBe(true);
	});

	it.each([
		['a 404', answer('', { status: 404 }), 'missing'],
		[
			'a static host’s HTML 404 page sent with 200',
			answer('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } }),
			'missing'
		],
		['a server error', answer('', { status: 500 }), 'broken'],
		['a network failure', async () => Promise.reject(new TypeError('Failed to fetch')), 'broken']
	])('reports %s', async (_name, fetcher, problem) => {
		const result = await fetchEventSet('/data/events.json', fetcher as typeof fetch);
		expect(result).toMatchObject({ ok: false, problem });
	});
});

describe('initialEventOf', () => {
	it('carries the event, only the articles it cites and the countries it names', () => {
		const event = set.events.find((e) => e.type === 'summit')!;
		const slice = initialEventOf(set, event);
		expect(slice.event).toBe(event);
		expect(new Set(slice.articles.map((a) => a.id))).toEqual(
			new Set(event.sources.map((s) => s.article))
		);
		for (const code of ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK', ...event.countries])
			expect(slice.countries[code]).toEqual(set.countries[code]);
		expect(Object.keys(slice.countries).length).toBeLessThanOrEqual(
			Object.keys(set.countries).length
		);
	});

	it('is a valid event set again when put back together', () => {
		const event = set.events[0]!;
		const slice = initialEventOf(set, event);
		const again = {
			...set,
			countries: { ...set.countries, ...slice.countries },
			articles: slice.articles,
			events: [event],
			memberStatus: {}
		};
		expect(validateEventSet(again)).toEqual([]);
	});
});

describe('eventsInWindow', () => {
	const day = (d: string) =>
		Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
	const event = (date: string, end?: string) => ({ ...set.events[0]!, id: `${date}-x`, date, end });

	it.each([
		['a day inside', event('2022-03-10'), true],
		['a day just before', event('2022-02-28'), false],
		['the first day', event('2022-03-01'), true],
		['the day the window ends (exclusive)', event('2022-04-01'), false],
		['a month overlapping the start', event('2022-02', '2022-03'), true],
		['a year containing the window', event('2022'), true],
		['a span ending the day before', event('2022-01-01', '2022-02-28'), false]
	])('keeps %s: %s', (_name, e, kept) => {
		const window = { start: day('2022-03-01'), end: day('2022-04-01') };
		expect(eventsInWindow([e], window)).toHaveLength(kept ? 1 : 0);
	});
});
