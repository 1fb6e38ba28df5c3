import { detailsChunkOf } from './setPaths';
import type {
	ArticlesFile,
	DetailsChunk,
	EventDetails,
	EventSetIndex,
	EventSet,
	IndexEvent
} from './schema';

export interface SplitEventSet {
	index: EventSetIndex;
	/** The articles' list, as the set holds it (setPaths.ts's articlesFile). */
	articles: ArticlesFile;
	/** Details chunks by name (detailsChunkOf), each listing its events in the index's order. */
	chunks: Map<string, DetailsChunk>;
}

/**
 * Splits an event set into what the explorer draws (the index: every event without its sentences,
 * and everything else but the articles as it is) and what an opened event shows (its sources and
 * the sentences behind its attendance, in chunks by date; the articles they cite, in a list of
 * their own). joinEventSet puts them back together exactly.
 */
export function splitEventSet(set: EventSet): SplitEventSet {
	const chunks = new Map<string, DetailsChunk>();
	const events = set.events.map((event): IndexEvent => {
		const { sources, participationSources, ...entry } = event;
		const details: EventDetails =
			participationSources === undefined
				? { id: event.id, sources }
				: { id: event.id, participationSources, sources };
		const name = detailsChunkOf(event.date);
		let chunk = chunks.get(name);
		if (!chunk) chunks.set(name, (chunk = { version: set.version, chunk: name, events: [] }));
		chunk.events.push(details);
		return entry;
	});
	const { articles, ...head } = set;
	return { index: { ...head, events }, articles: { version: set.version, articles }, chunks };
}
