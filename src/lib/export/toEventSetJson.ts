import type { AtlasEvent, EventSet } from '$lib/model/schema';

/**
 * A subset of the event set in the same schema: the given events, the articles they cite, and the
 * rest (window, countries, Armenia's status) as they are, so the file reads like the app's own.
 */
export function toEventSet(data: EventSet, events: readonly AtlasEvent[]): EventSet {
	const cited = new Set(events.flatMap((e) => e.sources.map((s) => s.article)));
	return {
		...data,
		articles: data.articles.filter((a) => cited.has(a.id)),
		events: [...events]
	};
}

export function toEventSetJson(data: EventSet, events: readonly AtlasEvent[]): string {
	return JSON.stringify(toEventSet(data, events), null, '\t') + '\n';
}
