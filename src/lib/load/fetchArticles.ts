import type { Article } from '$lib/model/schema';
import { fetchEventSetText } from '$lib/ui/fetchEventSet';
import { parseArticlesFile } from './checkArticlesFile';

export type ArticlesResult = { ok: true; articles: Article[] } | { ok: false; reason: string };

/** Reads an articles' list (setPaths.ts's articlesFile); a failure is a result with its reason. */
export type ArticlesLoader = (url: string) => Promise<ArticlesResult>;

/** Fetches and reads the articles' list on the calling thread (the data worker's, or the page's). */
export async function fetchArticles(
	url: string,
	fetcher: typeof fetch = fetch
): Promise<ArticlesResult> {
	const got = await fetchEventSetText(url, fetcher);
	return got.ok ? parseArticlesFile(got.text) : { ok: false, reason: got.reason };
}
