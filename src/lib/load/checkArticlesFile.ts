import { EVENT_SET_VERSION, type Article } from '$lib/model/schema';

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isStringOrNull = (x: unknown) => x === null || typeof x === 'string';

/**
 * A cheap check of a parsed articles' list (model/setPaths.ts's articlesFile) before the explorer
 * names its outlets and links: its version, and each entry with the fields a reader shows, of the
 * right kinds. The build checked the list against the whole schema before writing it; this
 * catches a file of another version or shape, or one cut short, and says where.
 */
export function checkArticlesFile(
	json: unknown
): { ok: true; articles: Article[] } | { ok: false; reason: string } {
	if (!isObject(json)) return { ok: false, reason: 'root: expected the articles file, an object' };
	if (json.version !== EVENT_SET_VERSION)
		return {
			ok: false,
			reason: `version: expected ${EVENT_SET_VERSION}, found ${JSON.stringify(json.version)}`
		};
	const list = json.articles;
	if (!Array.isArray(list)) return { ok: false, reason: 'articles: expected an array' };
	for (let i = 0; i < list.length; i++) {
		const a: unknown = list[i];
		const where = `articles.${i}`;
		if (!isObject(a)) return { ok: false, reason: `${where}: expected an article` };
		for (const key of ['id', 'file'])
			if (typeof a[key] !== 'string' || a[key] === '')
				return { ok: false, reason: `${where}.${key}: expected a string` };
		for (const key of ['title', 'outlet', 'url', 'published', 'publishedFrom'])
			if (!isStringOrNull(a[key]))
				return { ok: false, reason: `${where}.${key}: expected a string or null` };
		if (typeof a.length !== 'number' || !(a.length >= 0))
			return { ok: false, reason: `${where}.length: expected a number` };
	}
	return { ok: true, articles: list as Article[] };
}

/** Parses an articles' list's text and checks it (checkArticlesFile); never throws. */
export function parseArticlesFile(
	text: string
): { ok: true; articles: Article[] } | { ok: false; reason: string } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { ok: false, reason: (error as Error).message };
	}
	return checkArticlesFile(json);
}
