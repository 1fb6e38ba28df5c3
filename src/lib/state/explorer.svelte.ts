/**
 * The explorer's shared view state: one typed runes class, handed down through context so the
 * timeline, the map and the detail panel read and change the same selection without stores.
 */
import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import { filterEvents } from '$lib/model/filterEvents';
import { dateSpan, eventSpan } from '$lib/model/partialDate';
import {
	EVENT_TYPES,
	type EventSetIndex,
	type EventType,
	type IndexEvent
} from '$lib/model/schema';
import { DetailsStore } from '$lib/load/detailsStore.svelte';
import { dataPath } from '$lib/load/indexPath';
import { statusAt } from '$lib/model/statusAt';
import {
	buildEventIndex,
	subsetAt,
	wholeIndex,
	type EventIndex,
	type SubIndex
} from '$lib/timeline/eventIndex';
import { MEMBERS } from '$lib/model/members';
import { ALL_LANES, countryPositions, filterPositions, laneMask } from './filterPositions';
import { keyedCache } from './keyedCache';
import { localSearcher, type Searcher } from '$lib/search/localSearcher';

export interface TimeWindow {
	/** UTC milliseconds, start inclusive. */
	start: number;
	/** UTC milliseconds, end exclusive. */
	end: number;
}

export class ExplorerState {
	/** The event set's index: every event without its sentences, which `details` loads. */
	readonly data: EventSetIndex;
	/** The events' sentences, loaded a chunk at a time when an event is opened. */
	readonly details: DetailsStore;
	/** The whole window the data covers; the timeline never zooms out past it. */
	readonly extent: TimeWindow;

	selectedId = $state<string | null>(null);
	/** ISO3 of the country filter, or null. */
	country = $state<string | null>(null);
	types = new SvelteSet<EventType>(EVENT_TYPES);
	/** The visible time window of the timeline. */
	view = $state<TimeWindow>({ start: 0, end: 0 });
	/** An event the pointer rests on, in the timeline or the map: both show it. */
	hoveredId = $state<string | null>(null);
	/** A status period whose evidence is open: the member and the period's index in its list. */
	evidencePeriod = $state<{ code: string; index: number } | null>(null);
	/** The attendance matrix is open (the URL's `matrix=1`). */
	matrixOpen = $state(false);
	/** The search box's text (the URL's `q`). */
	query = $state('');
	/** Embedded in another page (`?embed=1`): no header, timeline, map and detail only. */
	embed = $state(false);

	/** Finds events by text; the page passes the data worker's, which keeps the index off-thread. */
	readonly search: Searcher;

	/** `eventIndex`, when given, is buildEventIndex(data.events) read another way (from columns). */
	constructor(
		data: EventSetIndex,
		search?: Searcher,
		details?: DetailsStore,
		eventIndex?: EventIndex
	) {
		this.data = data;
		this.#fullIndex = eventIndex ?? null;
		this.details = details ?? new DetailsStore(data.generation, dataPath);
		this.search = search ?? localSearcher(data);
		this.extent = {
			start: dateSpan(data.window.start).start,
			end: dateSpan(data.window.end).end
		};
		this.view = { ...this.extent };
		this.#warmFilters();
	}

	#byId: ReadonlyMap<string, IndexEvent> | null = null;
	/**
	 * Every event by id, built at the first lookup rather than in the constructor: at 100,000
	 * events the map is tens of milliseconds the first paint does not need.
	 */
	get byId(): ReadonlyMap<string, IndexEvent> {
		// Built once from data that never changes: a plain Map, no reactivity needed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return (this.#byId ??= new Map(this.data.events.map((e) => [e.id, e])));
	}

	selected = $derived.by(() =>
		this.selectedId !== null ? (this.byId.get(this.selectedId) ?? null) : null
	);

	/** Events that pass the country and type filters, in date order. */
	visibleEvents = $derived.by(() =>
		filterEvents(this.data.events, {
			country: this.country,
			// One read of the reactive set, not one per event: 100,000 events filter in milliseconds.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			types: new Set(this.types)
		})
	);

	#fullIndex: EventIndex | null = null;
	/** Every event's dates read once into columns (see EventIndex), in date order. */
	get fullIndex(): EventIndex {
		return (this.#fullIndex ??= buildEventIndex(this.data.events));
	}

	#whole: SubIndex | null = null;
	/** Positions in the full index of each country's events (see countryPositions), once each. */
	// A cache that nothing renders from: a plain Map, no reactivity needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#byCountry = new Map<string, Uint32Array>();
	#positionsOf(country: string): Uint32Array {
		let positions = this.#byCountry.get(country);
		if (!positions)
			this.#byCountry.set(country, (positions = countryPositions(this.fullIndex.events, country)));
		return positions;
	}

	/**
	 * Reads each member's positions in idle time, one member per idle period, once the index
	 * exists: the first click on a member button then filters at once.
	 */
	#warmFilters() {
		if (typeof requestIdleCallback !== 'function') return;
		const pending = [...MEMBERS];
		const step = () => {
			// Not before the timeline has built the index: that is the first paint's work.
			if (this.#fullIndex !== null) {
				const code = pending.shift();
				if (code === undefined) return;
				this.#positionsOf(code);
			}
			requestIdleCallback(step, { timeout: 10_000 });
		};
		requestIdleCallback(step, { timeout: 10_000 });
	}

	/**
	 * The events that pass the filters, as columns cut from the full index (no date is parsed
	 * again), shared by the timeline, the list and the map: following the view is arithmetic.
	 * A filter is a pass over the lanes column (or one country's positions), never over events.
	 */
	visibleIndex = $derived.by(() => {
		const country = this.country;
		// One read of the reactive set, not one per event.
		const mask = laneMask(this.types);
		const full = this.fullIndex;
		if (country === null && mask === ALL_LANES) return (this.#whole ??= wholeIndex(full));
		// Kept per filter: toggling one back finds its index (and what is kept per index, see
		// memoPerObject) as it was, so the frame after the click does no filtering at all.
		return this.#filtered.get(`${country ?? ''} ${mask}`, () => {
			const within = country === null ? null : this.#positionsOf(country);
			return subsetAt(full, filterPositions(full.lanes, mask, within));
		});
	});
	/** The last few filtered indexes (a few MB each at 100,000 events, so only a few). */
	#filtered = keyedCache<SubIndex>(6);

	/** The moment the map shows: the selected event's start, else the middle of the view. */
	focusDate = $derived.by(() =>
		this.selected
			? eventSpan(this.selected.date, this.selected.end).start
			: (this.view.start + this.view.end) / 2
	);

	armeniaStatus = $derived.by(() => statusAt(this.data.memberStatus['ARM'] ?? [], this.focusDate));

	select(id: string | null) {
		this.selectedId = id !== null && this.byId.has(id) ? id : null;
	}

	/** Toggles the country filter: choosing the active country again clears it. */
	toggleCountry(code: string | null) {
		this.country = code === null || this.country === code ? null : code;
	}

	/** Clears the country filter and shows every type again ("Reset view" on the map). */
	resetFilters() {
		this.country = null;
		for (const t of EVENT_TYPES) this.types.add(t);
	}

	setView(window: TimeWindow) {
		const start = Math.max(this.extent.start, window.start);
		const end = Math.min(this.extent.end, window.end);
		if (end > start) this.view = { start, end };
	}
}

const KEY = Symbol('explorer');

export function setExplorer(state: ExplorerState): ExplorerState {
	return setContext(KEY, state);
}

/**
 * For a page rendered before its explorer runs (the prerendered page hydrates first, the event set
 * arrives later): the parts mounted once it runs find it here, and the page's tree is kept rather
 * than made again around them.
 */
export function provideExplorer(current: () => ExplorerState | null): void {
	setContext(KEY, current);
}

/**
 * The explorer once it runs, null before: for a part rendered with the page, before the explorer
 * starts (see provideExplorer), that goes on with the explorer once it does.
 */
export function runningExplorer(): () => ExplorerState | null {
	const provided = getContext<ExplorerState | (() => ExplorerState | null) | undefined>(KEY);
	return typeof provided === 'function' ? provided : () => provided ?? null;
}

export function getExplorer(): ExplorerState {
	const provided = getContext<ExplorerState | (() => ExplorerState | null) | undefined>(KEY);
	const state = typeof provided === 'function' ? provided() : provided;
	if (!state) throw new Error('getExplorer() called outside an explorer page');
	return state;
}
