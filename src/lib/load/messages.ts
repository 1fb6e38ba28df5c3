import type { IndexResult } from './readIndex';
import type { WireIndex } from './wireIndex';

/**
 * The page asks the data worker for these: the index, the search index built now (the page has
 * painted and is idle, see loadEventSet), and searches.
 */
export type ToWorker =
	| { type: 'load'; url: string }
	| { type: 'warm' }
	| { type: 'search'; id: number; query: string; limit: number };

/** The data worker answers with these: the index as columns (see wireIndex) or why not, and hits. */
export type FromWorker =
	| { type: 'problem'; result: Extract<IndexResult, { ok: false }> }
	| ({ type: 'index' } & WireIndex)
	| { type: 'hits'; id: number; hits: { id: string; rank: number }[] };
