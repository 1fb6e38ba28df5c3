import { buildSearchIndex, searchEvents, type SearchIndex } from './searchEvents';

/** Finds events by text: ids best first (see searchEvents). */
export type Searcher = (query: string, limit: number) => Promise<string[]>;

/** A searcher on the page's own thread, its index built at the first query. */
export function localSearcher(data: Parameters<typeof buildSearchIndex>[0]): Searcher {
	let index: SearchIndex | null = null;
	return async (query, limit) => {
		index ??= buildSearchIndex(data);
		return searchEvents(index, query, limit).map((h) => h.event.id);
	};
}
