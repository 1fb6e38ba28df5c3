import { Worker } from 'node:worker_threads';
import type { ExtractedArticle } from '../cache/extractionCache';
import { extractOne } from '../extract/extractOne';
import type { CorpusArticle } from '../io/readCorpus';

/** Articles per message: large enough that messaging costs little, small enough to share well. */
const CHUNK = 100;

/** The worker runs TypeScript: through tsx, as the build step itself does. */
function workerArgv(): string[] {
	const argv = process.execArgv;
	return argv.some((a) => a.includes('tsx')) ? argv : [...argv, '--import', 'tsx'];
}

/**
 * Extracts the articles on `threads` threads: this one and threads − 1 workers, each taking the
 * next chunk when done with its last. The results come back in the articles' order, whatever
 * thread made them, so the event set is the same as a one-thread build's. A worker that fails
 * (cannot start, crashes) hands its chunk back, and this thread does it.
 */
export async function extractInParallel(
	articles: readonly CorpusArticle[],
	threads: number
): Promise<ExtractedArticle[]> {
	const results: ExtractedArticle[] = new Array(articles.length);
	const queue: number[] = [];
	for (let start = 0; start < articles.length; start += CHUNK) queue.push(start);
	const chunk = (start: number) => articles.slice(start, start + CHUNK);
	const store = (start: number, got: ExtractedArticle[]) =>
		got.forEach((r, k) => (results[start + k] = r));

	const workers = Array.from({ length: Math.max(0, threads - 1) }, () => {
		const worker = new Worker(new URL('./extractWorker.ts', import.meta.url), {
			execArgv: workerArgv()
		});
		return new Promise<void>((done) => {
			let current: number | null = null;
			const next = () => {
				current = queue.shift() ?? null;
				if (current === null) void worker.terminate();
				else worker.postMessage({ id: current, articles: chunk(current) });
			};
			worker.on('message', (msg: { id: number; results: ExtractedArticle[] }) => {
				store(msg.id, msg.results);
				next();
			});
			worker.once('online', next);
			// Whatever ends it (done, a crash, a failed start: 'error' comes first), its unfinished
			// chunk goes back to the queue.
			worker.on('error', () => {});
			worker.once('exit', () => {
				if (current !== null) queue.unshift(current);
				current = null;
				done();
			});
		});
	});

	// This thread works too, one chunk at a time, letting the workers' messages in between.
	for (let start = queue.shift(); start !== undefined; start = queue.shift()) {
		store(start, chunk(start).map(extractOne));
		await new Promise((r) => setImmediate(r));
	}
	await Promise.all(workers);
	// A chunk handed back after this thread finished: do it now.
	for (let start = queue.shift(); start !== undefined; start = queue.shift())
		store(start, chunk(start).map(extractOne));
	return results;
}
