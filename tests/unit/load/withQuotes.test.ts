import { describe, expect, it } from 'vitest';
import { QUOTE_SEARCH_MAX_CHUNKS, withQuotes } from '$lib/load/withQuotes';
import { splitEventSet } from '$lib/model/splitEventSet';
import { syntheticEventSet } from '$lib/model/synthetic';
import { buildSearchIndex, searchEvents } from '$lib/search/searchEvents';

/** Serves a split set's chunks at /data/details/<name>.json; `fail` answers 500 for every one. */
function serve(n: number, fail = false) {
	const set = syntheticEventSet(n, 4);
	const split = splitEventSet(set);
	const asked: string[] = [];
	const fetcher = (async (input: string | URL | Request) => {
		const path = new URL(String(input)).pathname;
		asked.push(path);
		const chunk = split.chunks.get(path.replace(/^\/data\/details\/|\.json$/g, ''));
		if (fail || !chunk) return new Response('no', { status: fail ? 500 : 404 });
		return new Response(JSON.stringify(chunk), { headers: { 'content-type': 'application/json' } });
	}) as typeof fetch;
	return { set, split, asked, fetcher };
}

const INDEX_URL = 'http://atlas.test/data/events.index.json';

describe('withQuotes', () => {
	it('gives a small set its quotes, so search finds a word only a quote has', async () => {
		const { set, split, fetcher, asked } = serve(40);
		const events = await withQuotes(split.index, INDEX_URL, fetcher);
		expect(events).not.toBeNull();
		expect(asked).toHaveLength(split.chunks.size);
		expect(events!.map((e) => e.sources)).toEqual(set.events.map((e) => e.sources));
		const quote = set.events[7]!.sources[0]!.quote;
		const word = quote.split(/\s+/).find((w) => w.length > 5)!;
		const search = (es: Parameters<typeof buildSearchIndex>[0]['events']) =>
			searchEvents(buildSearchIndex({ events: es, countries: set.countries }), word, 500).map(
				(h) => h.event.id
			);
		expect(search(events!)).toContain(set.events[7]!.id);
		expect(search(split.index.events)).not.toContain(set.events[7]!.id);
	});

	it('fetches nothing for a set of more chunks than it searches', async () => {
		const { split, fetcher, asked } = serve(4000);
		expect(split.chunks.size).toBeGreaterThan(QUOTE_SEARCH_MAX_CHUNKS);
		expect(await withQuotes(split.index, INDEX_URL, fetcher)).toBeNull();
		expect(asked).toEqual([]);
	});

	it('gives up (search keeps to the index) when a chunk cannot be fetched', async () => {
		const { split, fetcher } = serve(40, true);
		expect(await withQuotes(split.index, INDEX_URL, fetcher)).toBeNull();
	});
});
