import type { EventType } from '$lib/model/schema';
import type { TimeWindow } from '$lib/state/explorer.svelte';

/** The part of the explorer's state that lives in the URL, so a copied link reproduces the view. */
export interface ViewQuery {
	/** Selected event id, or null. */
	event: string | null;
	/** ISO3 of the country filter, or null. */
	country: string | null;
	/** Event types shown, in EVENT_TYPES order; empty shows none. */
	types: EventType[];
	/** Visible window, UTC ms, end exclusive. */
	view: TimeWindow;
	/** The attendance matrix is open. Absent when false. */
	matrix?: boolean;
	/** The search box's text; absent when empty. */
	q?: string;
	/** Embedded in another page: timeline, map and detail only. Absent when false. */
	embed?: boolean;
}

/** What a URL value may name: the parser checks against the data, never trusts the link. */
export interface QueryContext {
	hasEvent: (id: string) => boolean;
	hasCountry: (code: string) => boolean;
	/** The whole window of the data; the view is clamped into it. */
	extent: TimeWindow;
}

export const QUERY_KEYS = {
	event: 'event',
	country: 'country',
	from: 'from',
	to: 'to',
	types: 'types',
	matrix: 'matrix',
	q: 'q',
	embed: 'embed'
} as const;

/** Written for an explicitly empty type filter, since an absent `types` means all types. */
export const NO_TYPES = 'none';
