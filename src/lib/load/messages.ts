import type { TimelineSpans } from '$lib/timeline/timelineSpans';
import type { PackedArticles } from './packArticles';
import type { IndexResult } from './readIndex';
import type { WireIndex } from './wireIndex';

/**
 * The page asks the data worker for these: the index, the articles' list (at its first need), the
 * search index built now (the page has painted and is idle, see loadEventSet), and searches.
 */
export type ToWorker =
	| { type: 'load'; url: string }
	| { type: 'articles'; url: string }
	| { type: 'warm' }
	| { type: 'search'; id: number; query: string; limit: number };

/**
 * The data worker answers with these: the index as columns (see wireIndex) or why not, then the
 * timeline's spans made from those columns (timelineSpans), and hits.
 */
export type FromWorker =
	| { type: 'problem'; result: Extract<IndexResult, { ok: false }> }
	| ({ type: 'index' } & WireIndex)
	| { type: 'spans'; spans: TimelineSpans }
	| {
			type: 'articles';
			url: string;
			result: { ok: true; packed: PackedArticles } | ArticlesProblem;
	  }
	| { type: 'hits'; id: number; hits: { id: string; rank: number }[] };

/** Why the articles' list could not be read. */
export type ArticlesProblem = { ok: false; reason: string };
