import type { Article, EventSet } from '$lib/model/schema';

const positions = new WeakMap<EventSet, ReadonlyMap<string, number>>();

/**
 * The articles of the set whose ids are given, in the set's own order, through a map of each
 * article's position built once per event set: prerendering asks once per event page, and a
 * filter of the whole list per page made the build quadratic (2,500 articles × 60,000 pages at
 * 10,000 events). Ids the set does not hold are left out.
 */
export function citedArticles(set: EventSet, ids: Iterable<string>): Article[] {
	let at = positions.get(set);
	if (!at) positions.set(set, (at = new Map(set.articles.map((a, i) => [a.id, i]))));
	const found = new Set<number>();
	for (const id of ids) {
		const i = at.get(id);
		if (i !== undefined) found.add(i);
	}
	return [...found].sort((a, b) => a - b).map((i) => set.articles[i]!);
}
