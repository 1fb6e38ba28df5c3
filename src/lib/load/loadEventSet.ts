import { localSearcher, type Searcher } from '$lib/search/localSearcher';
import { fetchEventSetText } from '$lib/ui/fetchEventSet';
import { EventSetAssembler, type FromWorker, type ToWorker } from './messages';
import { readIndex, type IndexResult } from './readIndex';

export interface LoadedEventSet {
	result: Promise<IndexResult>;
	search: Searcher;
	/** Ends the worker (a page that goes away). */
	close: () => void;
}

/**
 * Loads the event set's index (`url`, see model/setPaths.ts) through the data worker, so parsing, validating and indexing for search
 * never hold up the page; without workers, on the page's thread as before.
 */
export function loadEventSet(url: string): LoadedEventSet {
	if (typeof Worker === 'undefined') return onPage(url);
	let worker: Worker;
	try {
		worker = new Worker(new URL('./eventSet.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return onPage(url);
	}
	const assembler = new EventSetAssembler();
	const pending = new Map<number, (ids: string[]) => void>();
	let next = 0;
	const result = new Promise<IndexResult>((resolve) => {
		worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
			if (data.type === 'hits') {
				pending.get(data.id)?.(data.hits.map((h) => h.id));
				pending.delete(data.id);
				return;
			}
			const done = assembler.receive(data);
			if (done) resolve(done);
		};
		worker.onerror = (e) => {
			e.preventDefault();
			resolve({ ok: false, problem: 'broken', reason: e.message || 'the data worker failed' });
		};
	});
	const post = (message: ToWorker) => worker.postMessage(message);
	post({ type: 'load', url });
	return {
		result,
		search: (query, limit) =>
			new Promise((resolve) => {
				const id = next++;
				pending.set(id, resolve);
				post({ type: 'search', id, query, limit });
			}),
		close: () => worker.terminate()
	};
}

/** The same on the page's thread: the index is built at the first query. */
function onPage(url: string): LoadedEventSet {
	const result = fetchEventSetText(url).then((got) => (got.ok ? readIndex(got.text) : got));
	return {
		result,
		search: async (query, limit) => {
			const r = await result;
			return r.ok ? localSearcher(r.data)(query, limit) : [];
		},
		close: () => {}
	};
}
