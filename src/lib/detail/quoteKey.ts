import type { Quote } from '$lib/model/schema';

/** A cited sentence's key in the page, for links from an attendance row to its quote. */
export function quoteKey(source: Pick<Quote, 'article' | 'start' | 'end'>): string {
	return `${source.article}:${source.start}-${source.end}`;
}
