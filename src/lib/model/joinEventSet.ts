import { detailsChunkOf } from './setPaths';
import type {
	ArticlesFile,
	AtlasEvent,
	DetailsChunk,
	EventDetails,
	EventSetIndex,
	EventSet,
	IndexEvent
} from './schema';

/** The details of each event, by id, from the chunks given. */
export function detailsById(chunks: Iterable<DetailsChunk>): Map<string, EventDetails> {
	const byId = new Map<string, EventDetails>();
	for (const chunk of chunks) for (const d of chunk.events) byId.set(d.id, d);
	return byId;
}

/** An index event with its details: the event as events.json holds it, keys in the build's order. */
export function withDetails(entry: IndexEvent, details: EventDetails): AtlasEvent {
	const { participation, ...head } = entry;
	const event: AtlasEvent = { ...head, sources: details.sources };
	if (participation !== undefined) event.participation = participation;
	if (details.participationSources !== undefined)
		event.participationSources = details.participationSources;
	return event;
}

/**
 * The event set an index, its articles and its details chunks were split from (splitEventSet).
 * Throws when an event's details are missing: validateSplit says which, before anything is written.
 */
export function joinEventSet(
	index: EventSetIndex,
	articles: ArticlesFile,
	chunks: Iterable<DetailsChunk>
): EventSet {
	const byId = detailsById(chunks);
	const events = index.events.map((entry) => {
		const details = byId.get(entry.id);
		if (!details)
			throw new Error(`no details for ${entry.id} (chunk ${detailsChunkOf(entry.date)})`);
		return withDetails(entry, details);
	});
	const { version, window, countries, memberStatus, generation } = index;
	// Keys in events.json's order, so the joined set serialises as the one that was split.
	return {
		version,
		window,
		countries,
		articles: articles.articles,
		events,
		memberStatus,
		...(generation === undefined ? {} : { generation })
	};
}
