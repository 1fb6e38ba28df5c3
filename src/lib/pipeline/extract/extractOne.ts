import { DiagnosticSink } from '../diagnostics';
import type { ExtractedArticle } from '../cache/extractionCache';
import type { CorpusArticle } from '../io/readCorpus';
import { extractArticle } from './extractArticle';

/**
 * One article through the rules, with the diagnostics it caused kept beside it (so a cached or a
 * worker's result reports exactly what a fresh one would). An article the rules fail on is
 * reported and skipped: one article must never sink the others.
 */
export function extractOne(article: CorpusArticle): ExtractedArticle {
	const sink = new DiagnosticSink();
	try {
		return { extraction: extractArticle(article, sink), diagnostics: sink.list };
	} catch (e) {
		sink.error(
			article.file,
			`could not be read by the extraction rules (${(e as Error).message}); skipped it. Report this with the file attached`
		);
		return { extraction: null, diagnostics: sink.list };
	}
}
