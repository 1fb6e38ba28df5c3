/**
 * An opened event needs its details chunk and the articles its sources cite (outlet, date, link),
 * which are no longer in the index: the store loads both, once, and says "loading" until both
 * are here; an event page's own event, seeded with its articles, needs neither.
 */
import { describe, expect, it } from 'vitest';
import { DetailsStore } from '$lib/load/detailsStore.svelte';
import type { ArticlesResult } from '$lib/load/fetchArticles';
import { joinEventSet } from '$lib/model/joinEventSet';
import { splitEventSet } from '$lib/model/splitEventSet';
import { syntheticEventSet } from '$lib/model/synthetic';

const set = syntheticEventSet(120, 6);
const split = splitEventSet(set);
const full = joinEventSet(split.index, split.articles, split.chunks.values());
const event = split.index.events[5]!;

/** A store over the split served from memory, counting what it fetches. */
function storeOf(
	articles: () => Promise<ArticlesResult> = async () => ({
		ok: true,
		articles: split.articles.articles
	})
) {
	const asked: string[] = [];
	let listed = 0;
	const fetcher = (async (url: string) => {
		asked.push(url);
		const name = url.replace(/^\/data\/details\/(.*)\.json$/, '$1');
		const chunk = split.chunks.get(name);
		return chunk
			? new Response(JSON.stringify(chunk), { headers: { 'content-type': 'application/json' } })
			: new Response('', { status: 404 });
	}) as typeof fetch;
	const store = new DetailsStore(
		undefined,
		(p) => `/data/${p}`,
		fetcher,
		(url) => {
			expect(url).toBe('/data/articles.json');
			listed++;
			return articles();
		}
	);
	return { store, asked, listed: () => listed };
}

describe('DetailsStore', () => {
	it('loads an opened event’s chunk and the articles’ list, once, and then shows the event whole', async () => {
		const { store, asked, listed } = storeOf();
		expect(store.stateOf(event)).toEqual({ status: 'loading' });
		await Promise.all([store.request(event), store.request(event)]);
		expect(store.stateOf(event)).toEqual({ status: 'ready', event: full.events[5] });
		const cited = full.events[5]!.sources[0]!.article;
		expect(store.articles.get(cited)).toEqual(set.articles.find((a) => a.id === cited));
		expect(asked).toEqual([`/data/details/${event.date}.json`]);
		expect(listed()).toBe(1);
		await store.request(split.index.events[80]!);
		expect(listed()).toBe(1);
	});

	it('waits for the articles before calling an event ready, though its chunk is here', async () => {
		let release!: (r: ArticlesResult) => void;
		const { store } = storeOf(() => new Promise((r) => (release = r)));
		const pending = store.request(event);
		await new Promise((r) => setTimeout(r, 0));
		await new Promise((r) => setTimeout(r, 0));
		expect(store.stateOf(event)).toEqual({ status: 'loading' });
		release({ ok: true, articles: split.articles.articles });
		await pending;
		expect(store.stateOf(event).status).toBe('ready');
	});

	it('says why when the articles’ list cannot be read', async () => {
		const { store } = storeOf(async () => ({ ok: false, reason: 'HTTP 500' }));
		await store.request(event);
		expect(store.stateOf(event)).toEqual({ status: 'error', reason: 'HTTP 500' });
		await expect(store.articleList()).rejects.toThrow('HTTP 500');
	});

	it('fetches nothing for a seeded event whose articles came with it', async () => {
		const { store, asked, listed } = storeOf();
		const own = full.events[5]!;
		const cited = new Set(own.sources.map((s) => s.article));
		store.seed(
			own,
			set.articles.filter((a) => cited.has(a.id))
		);
		expect(store.stateOf(event)).toEqual({ status: 'ready', event: own });
		await store.request(event);
		expect(asked).toEqual([]);
		expect(listed()).toBe(0);
	});

	it('loads the list for a seeded event whose articles did not come with it', async () => {
		const { store, asked, listed } = storeOf();
		store.seed(full.events[5]!);
		expect(store.stateOf(event)).toEqual({ status: 'loading' });
		await store.request(event);
		expect(asked).toEqual([]);
		expect(listed()).toBe(1);
		expect(store.stateOf(event)).toEqual({ status: 'ready', event: full.events[5] });
	});

	it('gives the downloads the whole list in the event set’s order', async () => {
		const { store } = storeOf();
		expect(await store.articleList()).toStrictEqual(set.articles);
		expect(await store.full([event])).toStrictEqual([full.events[5]]);
	});
});
