import { articleKey, type ExtractedArticle, type ExtractionCache } from '../cache/extractionCache';
import type { DiagnosticSink } from '../diagnostics';
import type { CorpusArticle } from '../io/readCorpus';
import { extractInParallel, stopWorkers, type StartedWorker } from '../parallel/extractInParallel';
import type { ArticleExtraction } from './extractArticle';
import { extractOne } from './extractOne';

export interface ExtractOptions {
	/** Extractions of earlier builds; only articles not in it are extracted. */
	cache?: ExtractionCache | null;
	/** Threads for a parallel build (extractCorpusParallel); 1 extracts on this one. */
	threads?: number;
	/** Fewer articles to extract than this are not worth starting workers for. */
	minParallel?: number;
}

/** Below this many articles to extract, workers cost more than they save. */
export const MIN_PARALLEL = 2_000;

/** Looks every article up in the cache; returns the results found and the keys to store. */
function lookUp(corpus: readonly CorpusArticle[], cache: ExtractionCache | null) {
	const keys = cache ? corpus.map(articleKey) : [];
	const results: (ExtractedArticle | undefined)[] = corpus.map((_, i) => cache?.get(keys[i]!));
	return { keys, results };
}

/** Reports each article's diagnostics in corpus order and keeps the extractions by article id. */
function collect(
	corpus: readonly CorpusArticle[],
	results: readonly ExtractedArticle[],
	sink: DiagnosticSink
): Map<string, ArticleExtraction> {
	const extractions = new Map<string, ArticleExtraction>();
	corpus.forEach((article, i) => {
		const r = results[i]!;
		sink.list.push(...r.diagnostics);
		if (r.extraction) extractions.set(article.id, r.extraction);
	});
	return extractions;
}

/** Extracts on this thread whatever has no result yet, storing it in the cache. */
function fill(
	corpus: readonly CorpusArticle[],
	results: readonly (ExtractedArticle | undefined)[],
	keys: readonly string[],
	cache: ExtractionCache | null
): ExtractedArticle[] {
	return results.map((r, i) => {
		if (r) return r;
		const fresh = extractOne(corpus[i]!);
		cache?.set(keys[i]!, fresh);
		return fresh;
	});
}

/** Every article through the rules on this thread, cached results reused. */
export function extractCorpus(
	corpus: readonly CorpusArticle[],
	sink: DiagnosticSink,
	options: ExtractOptions = {}
): Map<string, ArticleExtraction> {
	const cache = options.cache ?? null;
	const { keys, results } = lookUp(corpus, cache);
	return collect(corpus, fill(corpus, results, keys, cache), sink);
}

/**
 * The same, with the articles not in the cache extracted on several threads when there are
 * enough of them to pay for starting workers: the result is identical to extractCorpus's.
 */
export async function extractCorpusParallel(
	corpus: readonly CorpusArticle[],
	sink: DiagnosticSink,
	options: ExtractOptions = {},
	/** Workers started while the corpus was read (startWorkers); stopped here if not needed. */
	workers: readonly StartedWorker[] = []
): Promise<Map<string, ArticleExtraction>> {
	const cache = options.cache ?? null;
	const { keys, results } = lookUp(corpus, cache);
	const missing = results.flatMap((r, i) => (r ? [] : [i]));
	if (workers.length > 0 && missing.length >= (options.minParallel ?? MIN_PARALLEL)) {
		const fresh = await extractInParallel(
			missing.map((i) => corpus[i]!),
			workers
		);
		missing.forEach((i, k) => {
			results[i] = fresh[k]!;
			cache?.set(keys[i]!, fresh[k]!);
		});
	} else stopWorkers(workers);
	return collect(corpus, fill(corpus, results, keys, cache), sink);
}
