import type { Article, AtlasEvent } from '$lib/model/schema';
import { toCsv } from './toCsv';

export const SOURCE_COLUMNS = [
	'event_id',
	'article',
	'outlet',
	'url',
	'published',
	'quote',
	'start',
	'end'
] as const;

/** One row per cited sentence: which event, which article (outlet, URL), the quote and its offsets. */
export function sourcesToCsv(
	events: readonly AtlasEvent[],
	articles: ReadonlyMap<string, Article>
): string {
	return toCsv(
		SOURCE_COLUMNS,
		events.flatMap((e) =>
			e.sources.map((s) => {
				const a = articles.get(s.article);
				return [e.id, s.article, a?.outlet, a?.url, a?.published, s.quote, s.start, s.end];
			})
		)
	);
}
