import type { Article, AtlasEvent, Claims } from '$lib/model/schema';
import { toCsv } from './toCsv';

export const SOURCE_COLUMNS = [
	'event_id',
	'article',
	'outlet',
	'url',
	'published',
	'quote',
	'start',
	'end',
	'establishes'
] as const;

/** What a sentence states, for a spreadsheet: "type; date 2023-11-23; place; ARM absent". */
export function claimsText(claims: Claims): string {
	return [
		...(claims.type ? ['type'] : []),
		...(claims.date ? [`date ${claims.date}`] : []),
		...(claims.place ? ['place'] : []),
		...Object.entries(claims.attendance ?? {}).map(([code, a]) => `${code} ${a}`)
	].join('; ');
}

/**
 * One row per cited sentence: which event, which article (outlet, URL), the quote, its offsets
 * and what it establishes.
 */
export function sourcesToCsv(
	events: readonly AtlasEvent[],
	articles: ReadonlyMap<string, Article>
): string {
	return toCsv(
		SOURCE_COLUMNS,
		events.flatMap((e) =>
			e.sources.map((s) => {
				const a = articles.get(s.article);
				return [
					e.id,
					s.article,
					a?.outlet,
					a?.url,
					a?.published,
					s.quote,
					s.start,
					s.end,
					claimsText(s.claims)
				];
			})
		)
	);
}
