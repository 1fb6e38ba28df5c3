/**
 * The events' details (sources, quotes, the sentences behind each attendance), loaded a chunk at
 * a time when an event is opened and kept, and the articles they cite (outlet, date, link),
 * loaded with the first chunk: the explorer's index has none of them. Reading `stateOf` and
 * `articles` is reactive; `request` starts the fetches (call it from an effect or a handler, never
 * while deriving).
 */
import { untrack } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { withDetails } from '$lib/model/joinEventSet';
import type { Article, AtlasEvent, EventDetails, IndexEvent } from '$lib/model/schema';
import { articlesFile, detailsChunkOf, detailsFile } from '$lib/model/setPaths';
import { fetchArticles, type ArticlesLoader } from './fetchArticles';
import { fetchDetailsChunk } from './fetchDetailsChunk';

export type DetailsState =
	| { status: 'loading' }
	| { status: 'ready'; event: AtlasEvent }
	| { status: 'error'; reason: string };

type ChunkState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; reason: string };

/** The known articles with these added, as a new map: replaced whole, so readers see the change. */
function adding(
	known: ReadonlyMap<string, Article>,
	articles: readonly Article[]
): ReadonlyMap<string, Article> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- never changed once made
	const next = new Map(known);
	for (const a of articles) next.set(a.id, a);
	return next;
}

const NONE_YET: ReadonlyMap<string, Article> = adding(new Map<string, Article>(), []);

/** Every article its sources cite is known (a seeded event's come with it). */
const citesKnown = (details: EventDetails, articles: ReadonlyMap<string, Article>) =>
	details.sources.every((s) => articles.has(s.article));

const LOADING: DetailsState = { status: 'loading' };

export class DetailsStore {
	readonly #chunks = new SvelteMap<string, ChunkState>();
	// Plain maps: a chunk's state (reactive) changes whenever these do, and readers read that.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #byId = new Map<string, EventDetails>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #pending = new Map<string, Promise<void>>();
	readonly #urlOf: (chunk: string) => string;
	readonly #fetcher: typeof fetch | undefined;
	readonly #articlesUrl: string;
	readonly #loadArticles: ArticlesLoader;

	/** The articles known so far, by id: those seeded, then the whole list once it has loaded. */
	articles = $state.raw<ReadonlyMap<string, Article>>(NONE_YET);
	/** The whole list, in the event set's order, once loaded. */
	#list: Article[] | null = null;
	#listState = $state<ChunkState | null>(null);
	#listPending: Promise<void> | null = null;

	/**
	 * `href` turns a path under the data folder (`sets/…/details/….json`) into a URL;
	 * `loadArticles` reads the articles' list (the data worker's, off the page's thread).
	 */
	constructor(
		generation: string | undefined,
		href: (path: string) => string,
		fetcher?: typeof fetch,
		loadArticles?: ArticlesLoader
	) {
		this.#urlOf = (chunk) => href(detailsFile(generation, chunk));
		this.#fetcher = fetcher;
		this.#articlesUrl = href(articlesFile(generation));
		this.#loadArticles = loadArticles ?? ((url) => fetchArticles(url, fetcher));
	}

	/**
	 * Details already at hand (an event page's own event, with the articles it cites): no fetch
	 * for them.
	 */
	seed(event: AtlasEvent, articles: readonly Article[] = []): void {
		if (articles.length > 0) this.articles = adding(this.articles, articles);
		const { sources, participationSources } = event;
		this.#byId.set(
			event.id,
			participationSources
				? { id: event.id, participationSources, sources }
				: { id: event.id, sources }
		);
	}

	/**
	 * Where the event's details are: loading (or not asked for yet), there with the articles its
	 * sources cite, or failed and why.
	 */
	stateOf(event: IndexEvent): DetailsState {
		const seeded = this.#byId.get(event.id);
		const chunk = this.#chunks.get(detailsChunkOf(event.date));
		if (seeded && (!chunk || chunk.status !== 'error')) {
			const list = this.#listState;
			// The articles' list settled: an article it lacks is shown as unknown, not waited for.
			if (citesKnown(seeded, this.articles) || list?.status === 'ready')
				return { status: 'ready', event: withDetails(event, seeded) };
			return list?.status === 'error' ? list : LOADING;
		}
		if (!chunk || chunk.status === 'loading') return LOADING;
		if (chunk.status === 'error') return chunk;
		return { status: 'error', reason: `${event.id} is not in its details chunk` };
	}

	/**
	 * Starts loading the chunks these events' details are in, and the articles' list unless every
	 * one is at hand; resolves once each has settled.
	 */
	request(...events: IndexEvent[]): Promise<void> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local, never read reactively
		const names = new Set<string>();
		let articles = false;
		for (const e of events) {
			const seeded = this.#byId.get(e.id);
			if (!seeded) names.add(detailsChunkOf(e.date));
			if (!seeded || !citesKnown(seeded, this.articles)) articles = true;
		}
		// Untracked: an effect that requests must not re-run (and fetch again) when a chunk settles.
		return untrack(() =>
			Promise.all([
				...[...names].map((name) => this.#load(name)),
				...(articles ? [this.requestArticles()] : [])
			])
		).then(() => {});
	}

	/** Starts loading the articles' list (once); resolves once it has settled. */
	requestArticles(): Promise<void> {
		return untrack(() => {
			if (this.#listState?.status === 'ready') return Promise.resolve();
			if (this.#listPending) return this.#listPending;
			this.#listState = { status: 'loading' };
			return (this.#listPending = this.#loadArticles(this.#articlesUrl).then((got) => {
				this.#listPending = null;
				if (!got.ok) {
					this.#listState = { status: 'error', reason: got.reason };
					return;
				}
				this.#list = got.articles;
				this.articles = adding(this.articles, got.articles);
				this.#listState = { status: 'ready' };
			}));
		});
	}

	/** The whole articles' list in the event set's order, for downloads; throws if it fails. */
	async articleList(): Promise<Article[]> {
		await this.requestArticles();
		if (this.#list) return this.#list;
		const state = this.#listState;
		throw new Error(state?.status === 'error' ? state.reason : 'the articles did not load');
	}

	/** The events with their details, for downloads: loads what is missing; throws if a chunk fails. */
	async full(events: readonly IndexEvent[]): Promise<AtlasEvent[]> {
		await this.request(...events);
		return events.map((e) => {
			const state = this.stateOf(e);
			if (state.status !== 'ready')
				throw new Error(state.status === 'error' ? state.reason : `${e.id} did not load`);
			return state.event;
		});
	}

	#load(name: string): Promise<void> {
		const state = this.#chunks.get(name);
		if (state?.status === 'ready') return Promise.resolve();
		let pending = this.#pending.get(name);
		if (pending) return pending;
		this.#chunks.set(name, { status: 'loading' });
		pending = fetchDetailsChunk(this.#urlOf(name), this.#fetcher).then((got) => {
			this.#pending.delete(name);
			if (!got.ok) {
				this.#chunks.set(name, { status: 'error', reason: got.reason });
				return;
			}
			for (const d of got.chunk.events) this.#byId.set(d.id, d);
			this.#chunks.set(name, { status: 'ready' });
		});
		this.#pending.set(name, pending);
		return pending;
	}
}
