import type { AtlasEvent, EventSet, EventSetIndex, IndexEvent } from '$lib/model/schema';
import type { DetailsStore } from './detailsStore.svelte';

/**
 * What the downloads need of the index: the chosen events with their sentences, and an event set
 * holding the articles and every event a status period cites by reference (so toEventSet can
 * write those sentences out in full), loading the details chunks and the articles' list that are
 * not yet here. Throws when one cannot load.
 */
export async function detailedForExport(
	data: EventSetIndex,
	details: Pick<DetailsStore, 'full' | 'articleList'>,
	events: readonly IndexEvent[],
	byId: ReadonlyMap<string, IndexEvent>
): Promise<{ events: AtlasEvent[]; data: EventSet }> {
	const cited = new Set<string>();
	for (const periods of Object.values(data.memberStatus))
		for (const p of periods) for (const s of p.sources) if (!('quote' in s)) cited.add(s.event);
	const referenced = [...cited].flatMap((id) => byId.get(id) ?? []);
	const [full, refs, articles] = await Promise.all([
		details.full(events),
		details.full(referenced),
		details.articleList()
	]);
	const { version, window, countries, memberStatus, generation } = data;
	// Keys in events.json's order: the JSON download reads as the event set does.
	const set: EventSet = { version, window, countries, articles, events: refs, memberStatus };
	if (generation !== undefined) set.generation = generation;
	return { events: full, data: set };
}
