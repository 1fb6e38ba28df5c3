import type { Source } from '$lib/model/schema';

export interface ArticleSources {
	article: string;
	/** The article's quotes, in the order the event cites them, each once. */
	sources: Source[];
}

/** One group per cited article, in the order the articles are first cited. */
export function groupSourcesByArticle(sources: readonly Source[]): ArticleSources[] {
	const groups = new Map<string, ArticleSources>();
	const seen = new Set<string>();
	for (const s of sources) {
		const key = `${s.article}:${s.start}:${s.end}`;
		if (seen.has(key)) continue;
		seen.add(key);
		let group = groups.get(s.article);
		if (!group) groups.set(s.article, (group = { article: s.article, sources: [] }));
		group.sources.push(s);
	}
	return [...groups.values()];
}
