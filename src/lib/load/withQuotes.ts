import { detailsById } from '$lib/model/joinEventSet';
import type { EventSetIndex } from '$lib/model/schema';
import { detailsChunkOf, detailsFile } from '$lib/model/setPaths';
import type { SearchableEvent } from '$lib/search/searchEvents';
import { fetchDetailsChunk } from './fetchDetailsChunk';

/**
 * Up to this many details chunks (a set of a few hundred events, like the shipped one), the data
 * worker fetches them all so that search finds the quoted sentences too; past it, search reads
 * the index only, rather than download every quote.
 */
export const QUOTE_SEARCH_MAX_CHUNKS = 64;

/**
 * The index's events with their quotes, for search, when the set is small enough; null when it
 * is not or a chunk cannot be fetched (search then keeps to titles, places and countries).
 * `indexUrl` is the index's address: the chunks' paths are relative to its folder.
 */
export async function withQuotes(
	data: Pick<EventSetIndex, 'events' | 'generation'>,
	indexUrl: string,
	fetcher: typeof fetch = fetch
): Promise<SearchableEvent[] | null> {
	const names = [...new Set(data.events.map((e) => detailsChunkOf(e.date)))];
	if (names.length > QUOTE_SEARCH_MAX_CHUNKS) return null;
	const got = await Promise.all(
		names.map((name) =>
			fetchDetailsChunk(new URL(detailsFile(data.generation, name), indexUrl).href, fetcher)
		)
	);
	if (!got.every((g) => g.ok)) return null;
	const byId = detailsById(got.flatMap((g) => (g.ok ? [g.chunk] : [])));
	return data.events.map((e) => ({ ...e, sources: byId.get(e.id)?.sources ?? [] }));
}
