/**
 * The events' details (sources, quotes, the sentences behind each attendance), loaded a chunk at
 * a time when an event is opened and kept: the explorer's index has none of them. Reading
 * `stateOf` is reactive; `request` starts a chunk's fetch (call it from an effect or a handler,
 * never while deriving).
 */
import { untrack } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { withDetails } from '$lib/model/joinEventSet';
import type { AtlasEvent, EventDetails, IndexEvent } from '$lib/model/schema';
import { detailsChunkOf, detailsFile } from '$lib/model/setPaths';
import { fetchDetailsChunk } from './fetchDetailsChunk';

export type DetailsState =
	| { status: 'loading' }
	| { status: 'ready'; event: AtlasEvent }
	| { status: 'error'; reason: string };

type ChunkState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; reason: string };

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

	/** `href` turns a path under the data folder (`sets/…/details/….json`) into a URL. */
	constructor(
		generation: string | undefined,
		href: (path: string) => string,
		fetcher?: typeof fetch
	) {
		this.#urlOf = (chunk) => href(detailsFile(generation, chunk));
		this.#fetcher = fetcher;
	}

	/** Details already at hand (an event page's own event): no fetch for them. */
	seed(event: AtlasEvent): void {
		const { sources, participationSources } = event;
		this.#byId.set(
			event.id,
			participationSources
				? { id: event.id, participationSources, sources }
				: { id: event.id, sources }
		);
	}

	/** Where the event's details are: loading (or not asked for yet), there, or failed and why. */
	stateOf(event: IndexEvent): DetailsState {
		const seeded = this.#byId.get(event.id);
		const chunk = this.#chunks.get(detailsChunkOf(event.date));
		if (seeded && (!chunk || chunk.status !== 'error'))
			return { status: 'ready', event: withDetails(event, seeded) };
		if (!chunk || chunk.status === 'loading') return LOADING;
		if (chunk.status === 'error') return chunk;
		return { status: 'error', reason: `${event.id} is not in its details chunk` };
	}

	/** Starts loading the chunks these events' details are in; resolves once each has settled. */
	request(...events: IndexEvent[]): Promise<void> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local, never read reactively
		const names = new Set<string>();
		for (const e of events) if (!this.#byId.has(e.id)) names.add(detailsChunkOf(e.date));
		// Untracked: an effect that requests must not re-run (and fetch again) when a chunk settles.
		return untrack(() => Promise.all([...names].map((name) => this.#load(name)))).then(() => {});
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
