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
import { subsetInSteps } from '$lib/timeline/subsetInSteps';
import { mapInSteps, type MapInSteps } from './mapInSteps';
import { filterKey, oneClickFilters, type FilterKey } from './oneClickFilters';
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

	#byId: MapInSteps<string, IndexEvent> | null = null;
	/**
	 * Every event by id. Made a slice per idle period once the first paint is done (at 100,000
	 * events one `new Map` was a 100–200 ms task); a lookup before then adds the rest at once.
	 */
	get byId(): ReadonlyMap<string, IndexEvent> {
		return this.#idMap().map;
	}
	#idMap(): MapInSteps<string, IndexEvent> {
		return (this.#byId ??= mapInSteps(this.data.events, (e) => e.id));
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
	 * Prepares, in idle time and in short steps once the index exists, what a first click would
	 * otherwise do in its own frame: each member's positions, the index of each filter one click
	 * away (see oneClickFilters), and the id map.
	 */
	#warmFilters() {
		if (typeof requestIdleCallback !== 'function') return;
		const jobs: Generator<void, void, void>[] = [
			...MEMBERS.map((code) => this.#positionsInSteps(code)),
			...oneClickFilters(MEMBERS).map((filter) => this.#prepare(filter)),
			this.#idsInSteps()
		];
		const step = (deadline: IdleDeadline) => {
			// Not before the timeline has built the index: that is the first paint's work.
			if (this.#fullIndex !== null) {
				const until = performance.now() + Math.min(IDLE_STEP_MS, deadline.timeRemaining());
				do {
					const job = jobs[0];
					if (job === undefined) return;
					if (job.next().done) jobs.shift();
				} while (performance.now() < until);
			}
			requestIdleCallback(step, { timeout: 10_000 });
		};
		requestIdleCallback(step, { timeout: 10_000 });
	}

	*#positionsInSteps(code: string): Generator<void, void, void> {
		yield;
		this.#positionsOf(code);
	}

	*#idsInSteps(): Generator<void, void, void> {
		const ids = this.#idMap();
		while (!ids.step(ID_SLICE)) yield;
	}

	/** Indexes of the filters one click away, made in idle time and kept (a few MB each). */
	// A cache that nothing renders from: a plain Map, no reactivity needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#prepared = new Map<string, SubIndex>();
	*#prepare(filter: FilterKey): Generator<void, void, void> {
		const key = filterKey(filter);
		if (this.#prepared.has(key)) return;
		const full = this.fullIndex;
		const within = filter.country === null ? null : this.#positionsOf(filter.country);
		const at = filterPositions(full.lanes, filter.mask, within);
		yield;
		this.#prepared.set(key, yield* subsetInSteps(full, at, SUBSET_SLICE));
	}
	/** The index of a filter one click away, once prepared in idle time (else undefined). */
	preparedIndex(filter: FilterKey): SubIndex | undefined {
		return this.#prepared.get(filterKey(filter));
	}

	#subset({ country, mask }: FilterKey): SubIndex {
		const full = this.fullIndex;
		const within = country === null ? null : this.#positionsOf(country);
		return subsetAt(full, filterPositions(full.lanes, mask, within));
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
		// Prepared in idle time when one click away, else kept per filter: toggling one back finds
		// its index (and what is kept per index, see memoPerObject) as it was, so the frame after
		// the click does no filtering at all.
		const key = filterKey({ country, mask });
		return (
			this.#prepared.get(key) ?? this.#filtered.get(key, () => this.#subset({ country, mask }))
		);
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

/** Events added to the id map, or copied into a prepared subset, per step: a few ms each. */
const ID_SLICE = 5_000;
const SUBSET_SLICE = 10_000;
/** Idle work per idle period at most, ms (less when the browser gives less). */
const IDLE_STEP_MS = 10;

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
