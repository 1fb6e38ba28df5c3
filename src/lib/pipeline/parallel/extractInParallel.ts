import { Worker } from 'node:worker_threads';
import type { ExtractedArticle } from '../cache/extractionCache';
import { extractOne } from '../extract/extractOne';
import type { CorpusArticle } from '../io/readCorpus';

/** Articles per message: large enough that messaging costs little, small enough to share well. */
const CHUNK = 100;

/** A worker thread started ahead of its work, so its start-up overlaps reading the corpus. */
export interface StartedWorker {
	worker: Worker;
	/** Settles when the thread runs, or has already ended (a failed start). */
	started: Promise<void>;
	/** Settles when the thread has ended, however. */
	exited: Promise<void>;
}

/** Starts `count` extraction workers now; give them to extractInParallel, or stop them. */
export function startWorkers(count: number): StartedWorker[] {
	return Array.from({ length: Math.max(0, count) }, () => {
		// Through a JavaScript start file: a worker thread does not inherit tsx's loader.
		const worker = new Worker(new URL('./extractWorkerStart.mjs', import.meta.url));
		// Whatever ends it (done, a crash, a failed start), 'error' must not throw here.
		worker.on('error', () => {});
		const exited = new Promise<void>((r) => worker.once('exit', () => r()));
		const started = new Promise<void>((r) => {
			worker.once('online', () => r());
			void exited.then(r);
		});
		return { worker, started, exited };
	});
}

/** Stops workers that turned out not to be needed. */
export function stopWorkers(workers: readonly StartedWorker[]): void {
	for (const w of workers) void w.worker.terminate();
}

/**
 * Extracts the articles on this thread and the given workers, each taking the next chunk when
 * done with its last. The results come back in the articles' order, whatever thread made them, so
 * the event set is the same as a one-thread build's. A worker that fails (cannot start, crashes)
 * hands its chunk back, and this thread does it. The workers are stopped at the end.
 */
export async function extractInParallel(
	articles: readonly CorpusArticle[],
	started: readonly StartedWorker[],
	options: {
		/** This thread extracts too (tests turn it off to see the workers' results alone). */
		here?: boolean;
		/** Called for each chunk a worker returns. */
		onWorkerChunk?: () => void;
	} = {}
): Promise<ExtractedArticle[]> {
	const { here = true, onWorkerChunk } = options;
	const results: ExtractedArticle[] = new Array(articles.length);
	const queue: number[] = [];
	for (let start = 0; start < articles.length; start += CHUNK) queue.push(start);
	const chunk = (start: number) => articles.slice(start, start + CHUNK);
	const store = (start: number, got: ExtractedArticle[]) =>
		got.forEach((r, k) => (results[start + k] = r));

	const workers = started.map(
		({ worker, started, exited }) =>
			new Promise<void>((done) => {
				let current: number | null = null;
				let ended = false;
				const next = () => {
					if (ended) return;
					current = queue.shift() ?? null;
					if (current === null) void worker.terminate();
					// Without their bytes: extraction reads the text, and copying both costs twice.
					else
						worker.postMessage({
							id: current,
							articles: chunk(current).map((a) => ({ ...a, utf8: undefined }))
						});
				};
				worker.on('message', (msg: { id: number; results: ExtractedArticle[] }) => {
					store(msg.id, msg.results);
					onWorkerChunk?.();
					next();
				});
				// Its unfinished chunk goes back to the queue.
				void exited.then(() => {
					ended = true;
					if (current !== null) queue.unshift(current);
					current = null;
					done();
				});
				void started.then(next);
			})
	);

	// This thread works too, one chunk at a time, letting the workers' messages in between.
	for (let start = here ? queue.shift() : undefined; start !== undefined; start = queue.shift()) {
		store(start, chunk(start).map(extractOne));
		await new Promise((r) => setImmediate(r));
	}
	await Promise.all(workers);
	// A chunk handed back after this thread finished: do it now.
	for (let start = queue.shift(); start !== undefined; start = queue.shift())
		store(start, chunk(start).map(extractOne));
	return results;
}
