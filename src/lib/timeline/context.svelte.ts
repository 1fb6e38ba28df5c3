/**
 * The timeline's shared state, LayerCake-style: the parent measures itself and owns the scale,
 * the layout and navigation; children read them from context and only draw.
 */
import { getContext, setContext, untrack } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import { scaleUtc } from 'd3-scale';
import type { DateStyle } from '$lib/i18n/formatEventDate';
import type { Preferences } from '$lib/i18n/preferences.svelte';
import type { ExplorerState, TimeWindow } from '$lib/state/explorer.svelte';
import { positionOf, type EventIndex } from './eventIndex';
import { focusItems, focusTarget, type FocusItem } from './focusItems';
import { timelineGeometry, type Geometry } from './geometry';
import type { HitTarget } from './hitTest';
import { layoutView, type ViewOptions } from './layoutView';
import { memoPerObject } from '$lib/state/memoPerObject';
import { laneMask } from '$lib/state/filterPositions';
import { densityKeeper } from './densityKeeper';
import { oneClickFilters, type FilterKey } from '$lib/state/oneClickFilters';
import { MEMBERS } from '$lib/model/members';
import { sameLayoutArgs } from './sameLayoutArgs';
import { MARK_OPTIONS } from './markStyle';
import { Settled } from '$lib/state/settled.svelte';
import { chooseTicks } from './ticks';
import { interpolateWindow, sameWindow } from './windowMath';

const ANIMATION_MS = 250;

export class TimelineContext {
	readonly explorer: ExplorerState;
	readonly preferences: Preferences;
	/** The page's language; `locale` is the Intl tag, which also carries the reader's digits. */
	readonly lang: 'ar' | 'en';
	/** The axis runs right to left (earliest at the right) for Arabic. */
	readonly rtl: boolean;
	readonly geometry: Geometry;

	/** Width of the drawing, px, measured by the parent. */
	width = $state(0);
	/** What the pointer rests on, for the tooltip; re-tested whenever the layout moves under it. */
	hover = $state<HitTarget | null>(null);
	/** Index position of the event whose button has keyboard focus, for the tooltip. */
	focused = $state<number | null>(null);
	/** Keyboard focus is inside: a selection made by key moves focus to its mark. */
	focusWithin = $state(false);

	constructor(explorer: ExplorerState, preferences: Preferences, laneHeight?: number) {
		this.explorer = explorer;
		this.preferences = preferences;
		this.lang = preferences.lang;
		this.rtl = this.lang === 'ar';
		this.geometry = timelineGeometry(laneHeight);
		this.#options = { ...MARK_OPTIONS, rows: this.geometry.rows };
		this.#settled = new Settled(() => this.explorer.view);
	}

	/** The view once a pan or zoom rests (see Settled). */
	#settled: Settled<TimeWindow>;
	/** The buttons last laid out, kept while the view moves. */
	#focusable: FocusItem[] = [];

	/**
	 * The explorer's view as a plain object: layout reads it per event, and through the $state
	 * proxy those reads were the largest cost of a frame at 100,000 events.
	 */
	#view = $derived.by(() => ({ start: this.explorer.view.start, end: this.explorer.view.end }));
	get view(): TimeWindow {
		return this.#view;
	}

	get locale(): string {
		return this.preferences.intlLocale;
	}

	get dateStyle(): DateStyle {
		return this.preferences.dateStyle;
	}

	get reducedMotion(): boolean {
		return prefersReducedMotion.current;
	}

	/** Time → px from the left edge (reversed range for RTL). */
	// Closures (.by) because the fields they read are set in the constructor, after initialisers.
	scale = $derived.by(() =>
		scaleUtc()
			.domain([this.view.start, this.view.end])
			.range(this.rtl ? [this.width, 0] : [0, this.width])
	);

	index = $derived.by(() => this.explorer.visibleIndex);

	#options: ViewOptions;
	/** layoutView, kept per filtered index for the view it was last laid out in. */
	#layoutOf = memoPerObject(layoutView, sameLayoutArgs);
	/** Density lanes kept across filters for the current view (see densityKeeper). */
	#densities = densityKeeper();
	layout = $derived.by(() =>
		this.#layoutFor(this.index, this.view, this.width, {
			country: this.explorer.country,
			mask: laneMask(this.explorer.types)
		})
	);
	#layoutFor(index: EventIndex, view: TimeWindow, width: number, { country, mask }: FilterKey) {
		// What decides a lane's events: its type shown or not, and the country filter.
		return this.#layoutOf(index, view, width, this.#options, (lane, make) =>
			this.#densities(`${country ?? ''} ${lane} ${(mask >> lane) & 1}`, view, width, make)
		);
	}

	/**
	 * Lays out, one per idle period, the filters one click away whose indexes the explorer has
	 * prepared (see ExplorerState), for the view as it rests: that click's frame then finds its
	 * layout kept (memoPerObject) and only draws. Call it again on every rest; returns a cancel.
	 */
	layoutAhead(): () => void {
		if (typeof requestIdleCallback !== 'function') return () => {};
		const view = untrack(() => this.#settled.current);
		const width = untrack(() => this.width);
		const pending = oneClickFilters(MEMBERS);
		let id = 0;
		const step = () => {
			const filter = pending.shift();
			if (filter === undefined) return;
			const index = this.explorer.preparedIndex(filter);
			if (index) this.#layoutFor(index, view, width, filter);
			id = requestIdleCallback(step);
		};
		id = requestIdleCallback(step);
		return () => cancelIdleCallback(id);
	}

	/** The view once a pan or zoom rests (see Settled). */
	get settledView(): TimeWindow {
		return this.#settled.current;
	}

	/** Positions in the index of the selected and the hovered event (null: none, or filtered out). */
	selectedIndex = $derived.by(() => positionOf(this.index, this.explorer.selected));
	hoveredIndex = $derived.by(() => {
		const id = this.explorer.hoveredId;
		return id === null ? null : positionOf(this.index, this.explorer.byId.get(id));
	});

	/**
	 * Events that get a focusable button (see focusItems). Laid out again only when the view rests:
	 * moving a hundred buttons on every frame of a zoom cost more than drawing the canvas. While
	 * the view moves the buttons stay where they were (they are transparent; the canvas draws).
	 */
	focusable = $derived.by(() => {
		const settled = this.#settled.current;
		const view = this.explorer.view;
		if (settled.start !== view.start || settled.end !== view.end)
			return untrack(() => this.#focusable);
		return (this.#focusable = focusItems(
			this.layout,
			this.index,
			this.selectedIndex,
			this.view,
			this.width
		));
	});

	/** The tooltip's subject: the pointer's target, else the focused event. */
	tooltipTarget = $derived.by((): HitTarget | null => {
		if (this.hover) return this.hover;
		const f = this.focused === null ? undefined : this.focusable.find((f) => f.i === this.focused);
		return f ? focusTarget(f, this.geometry) : null;
	});

	ticks = $derived.by(() => chooseTicks(this.view.start, this.view.end, this.width, this.locale));

	/** Screen x of a time: what the scale gives, without building Date objects. */
	x(t: number): number {
		const u = ((t - this.view.start) / (this.view.end - this.view.start)) * this.width;
		return this.rtl ? this.width - u : u;
	}

	/** Layout works left to right; this mirrors its coordinates onto the screen. */
	screenX(lx: number): number {
		return this.rtl ? this.width - lx : lx;
	}

	#cancel: (() => void) | null = null;
	/** Where a running animation is heading (not state: nothing renders from it). */
	#target: TimeWindow | null = null;

	/**
	 * The view the timeline is settling on: the animation's target while one runs. A selection
	 * made mid-zoom must be judged against where the zoom ends, or the zoom carries it off screen.
	 */
	get destination(): TimeWindow {
		return this.#target ?? this.view;
	}

	/** Moves the view, animated unless the reader asked for reduced motion. */
	goTo(target: TimeWindow, animate = true) {
		this.stop();
		const from = this.view;
		if (sameWindow(from, target, this.width)) return;
		if (!animate || this.reducedMotion || typeof requestAnimationFrame === 'undefined') {
			this.explorer.setView(target);
			return;
		}
		this.#target = target;
		const t0 = performance.now();
		let id = 0;
		const step = (now: number) => {
			const u = Math.min(1, (now - t0) / ANIMATION_MS);
			const eased = 1 - (1 - u) ** 3;
			this.explorer.setView(u < 1 ? interpolateWindow(from, target, eased) : target);
			id = u < 1 ? requestAnimationFrame(step) : 0;
			if (u >= 1) this.#cancel = this.#target = null;
		};
		id = requestAnimationFrame(step);
		this.#cancel = () => cancelAnimationFrame(id);
	}

	/** Stops a running animation: a gesture or a new target takes over. */
	stop() {
		this.#cancel?.();
		this.#cancel = this.#target = null;
	}
}

const KEY = Symbol('timeline');

export function setTimelineContext(ctx: TimelineContext): TimelineContext {
	return setContext(KEY, ctx);
}

export function getTimelineContext(): TimelineContext {
	const ctx = getContext<TimelineContext | undefined>(KEY);
	if (!ctx) throw new Error('getTimelineContext() called outside <Timeline>');
	return ctx;
}
