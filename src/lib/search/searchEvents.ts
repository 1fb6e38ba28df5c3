import type { EventSet, IndexEvent, Quote } from '$lib/model/schema';
import { normalizeText, skeleton } from './normalizeText';
import { buildPostings, eventsWith, type Postings } from './postings';
import { eachTextContaining, textColumn, type TextColumn } from './textColumn';

/**
 * An event as search reads it: the explorer's index holds no sentences (they load when an event
 * is opened), so quotes are searched only where the event carries them (a whole event set).
 */
export type SearchableEvent = IndexEvent & { sources?: readonly Pick<Quote, 'quote'>[] };

/**
 * Every event's searchable text, folded once, as an inverted index. A query word has no space,
 * so it occurs in a folded text exactly when it occurs inside one of the text's words: the search
 * scans the vocabulary (some thousands of words, not the millions of characters of the texts)
 * and marks the events of every word that holds it. Skeletons are per word too, so the same
 * holds for the vowel-blind match.
 */
export interface SearchIndex {
	events: readonly SearchableEvent[];
	/** Every distinct word of the folded texts. */
	words: TextColumn;
	/** Each word's skeleton, in the same order. */
	skeletons: TextColumn;
	/** Events whose titles, place or country names (both languages) hold each word. */
	names: Postings;
	/** Events whose quoted sentences (people are named there) hold each word. */
	quotes: Postings;
	/** Positions of the events in date order (ties in list order): results come out ranked without a sort. */
	byDate: Uint32Array;
}

export interface SearchHit {
	event: SearchableEvent;
	/** Lower is better: 0 a name matches as typed, 1 a quote does, 2 and 3 only by skeleton. */
	rank: number;
}

/** Below this many letters a skeleton match says too little to be worth showing. */
const MIN_SKELETON = 3;
/** No match (ranks are 0–3). */
const NONE = 255;

export function buildSearchIndex(data: {
	events: readonly SearchableEvent[];
	countries: EventSet['countries'];
}): SearchIndex {
	const { events } = data;
	const numbers = new Map<string, number>();
	const vocabulary: string[] = [];
	/** The distinct word numbers of a folded text. */
	const wordsIn = (text: string): number[] => {
		const out = new Set<number>();
		for (const word of text.split(' ')) {
			if (word === '') continue;
			let w = numbers.get(word);
			if (w === undefined) {
				numbers.set(word, (w = vocabulary.length));
				vocabulary.push(word);
			}
			out.add(w);
		}
		return [...out];
	};
	const names: number[][] = new Array(events.length);
	const quotes: number[][] = new Array(events.length);
	// Many events share a title, place and countries (every summit in Minsk): each such text is
	// folded once. Nothing changes the word lists, so events may share one.
	const folded = new Map<string, number[]>();
	const none: number[] = [];
	events.forEach((event, i) => {
		const parts = [event.title.en, event.title.ar];
		if (event.place) parts.push(event.place.name.en, event.place.name.ar);
		for (const code of event.countries) {
			const c = data.countries[code];
			if (c) parts.push(c.name.en, c.name.ar);
			parts.push(code);
		}
		const text = parts.join(' ');
		let words = folded.get(text);
		if (words === undefined) folded.set(text, (words = wordsIn(normalizeText(text))));
		names[i] = words;
		const sources = event.sources ?? [];
		quotes[i] =
			sources.length === 0 ? none : wordsIn(normalizeText(sources.map((s) => s.quote).join(' ')));
	});
	const byDate = Uint32Array.from(events.keys()).sort((a, b) => {
		const x = events[a]!.date;
		const y = events[b]!.date;
		return x < y ? -1 : x > y ? 1 : a - b;
	});
	return {
		events,
		words: textColumn(vocabulary),
		skeletons: textColumn(vocabulary.map(skeleton)),
		names: buildPostings(names, vocabulary.length),
		quotes: buildPostings(quotes, vocabulary.length),
		byDate
	};
}

/** Each event's best rank for one query word (NONE where it does not occur). */
function wordRanks(index: SearchIndex, word: string): Uint8Array {
	const best = new Uint8Array(index.events.length).fill(NONE);
	const mark = (events: Uint32Array, rank: number) => {
		for (let k = 0; k < events.length; k++) if (best[events[k]!]! > rank) best[events[k]!] = rank;
	};
	eachTextContaining(index.words, word, (w) => {
		mark(eventsWith(index.names, w), 0);
		mark(eventsWith(index.quotes, w), 1);
	});
	const s = skeleton(word);
	if (s.length >= MIN_SKELETON)
		eachTextContaining(index.skeletons, s, (w) => {
			mark(eventsWith(index.names, w), 2);
			mark(eventsWith(index.quotes, w), 3);
		});
	return best;
}

/**
 * Events matching the query, best first and then in date order; an empty query matches nothing.
 * Every word of the query must occur; an event's rank is the worst of its words' best matches.
 * `limit` caps the list.
 */
export function searchEvents(index: SearchIndex, query: string, limit = 20): SearchHit[] {
	const words = normalizeText(query).split(' ').filter(Boolean);
	if (words.length === 0 || limit <= 0) return [];
	let worst: Uint8Array | null = null;
	for (const word of words) {
		const ranks = wordRanks(index, word);
		if (worst === null) worst = ranks;
		else for (let i = 0; i < worst.length; i++) if (ranks[i]! > worst[i]!) worst[i] = ranks[i]!;
	}
	// Walk the events in date order into one bucket per rank; stop once the best bucket is full.
	const buckets: number[][] = [[], [], [], []];
	for (const i of index.byDate) {
		const rank = worst![i]!;
		if (rank === NONE) continue;
		buckets[rank]!.push(i);
		if (rank === 0 && buckets[0]!.length >= limit) break;
	}
	return buckets
		.flatMap((positions, rank) => positions.map((i) => ({ event: index.events[i]!, rank })))
		.slice(0, limit);
}
