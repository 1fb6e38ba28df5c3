/** A worker thread of extractInParallel: extracts the chunks of articles it is sent. */
import { parentPort } from 'node:worker_threads';
import { extractOne } from '../extract/extractOne';
import type { CorpusArticle } from '../io/readCorpus';

parentPort!.on('message', (chunk: { id: number; articles: CorpusArticle[] }) => {
	parentPort!.postMessage({ id: chunk.id, results: chunk.articles.map(extractOne) });
});
