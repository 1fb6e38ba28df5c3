import type { EventSet, IndexEvent, Quote } from '$lib/model/schema';

/**
 * An event as search reads it: the explorer's index holds no sentences (they load when an event
 * is opened), so quotes are searched only where the event carries them (a whole event set).
 */
export type SearchableEvent = IndexEvent & { sources?: readonly Pick<Quote, 'quote'>[] };
import { normalizeText, skeleton } from './normalizeText';

/** One event's searchable text, folded once. */
export interface SearchEntry {
	event: SearchableEvent;
	/** Titles, place and country names in both languages. */
	names: string;
	/** The quoted sentences (people are named there). */
	quotes: string;
	namesSkeleton: string;
	quotesSkeleton: string;
}

export interface SearchHit {
	event: SearchableEvent;
	/** Lower is better: 0 a name matches as typed, 1 a quote does, 2 and 3 only by skeleton. */
	rank: number;
}

/** Below this many letters a skeleton match says too little to be worth showing. */
const MIN_SKELETON = 3;

export function buildSearchIndex(data: {
	events: readonly SearchableEvent[];
	countries: EventSet['countries'];
}): SearchEntry[] {
	return data.events.map((event) => {
		const parts = [event.title.en, event.title.ar];
		if (event.place) parts.push(event.place.name.en, event.place.name.ar);
		for (const code of event.countries) {
			const c = data.countries[code];
			if (c) parts.push(c.name.en, c.name.ar);
			parts.push(code);
		}
		const names = normalizeText(parts.join(' '));
		const quotes = normalizeText((event.sources ?? []).map((s) => s.quote).join(' '));
		return {
			event,
			names,
			quotes,
			namesSkeleton: skeleton(names),
			quotesSkeleton: skeleton(quotes)
		};
	});
}

/** Every word of the query must occur; the rank is the worst of its words' best matches. */
function rankOf(entry: SearchEntry, words: string[]): number | null {
	let worst = 0;
	for (const w of words) {
		const s = skeleton(w);
		const rank = entry.names.includes(w)
			? 0
			: entry.quotes.includes(w)
				? 1
				: s.length >= MIN_SKELETON && entry.namesSkeleton.includes(s)
					? 2
					: s.length >= MIN_SKELETON && entry.quotesSkeleton.includes(s)
						? 3
						: null;
		if (rank === null) return null;
		worst = Math.max(worst, rank);
	}
	return worst;
}

/**
 * Events matching the query, best first and then in date order; an empty query matches nothing.
 * `limit` caps the list.
 */
export function searchEvents(
	index: readonly SearchEntry[],
	query: string,
	limit = 20
): SearchHit[] {
	const words = normalizeText(query).split(' ').filter(Boolean);
	if (words.length === 0) return [];
	const hits: SearchHit[] = [];
	for (const entry of index) {
		const rank = rankOf(entry, words);
		if (rank !== null) hits.push({ event: entry.event, rank });
	}
	hits.sort(
		(a, b) =>
			a.rank - b.rank || (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0)
	);
	return hits.slice(0, limit);
}
