import { localSearcher, type Searcher } from '$lib/search/localSearcher';
import { fetchEventSet } from '$lib/ui/fetchEventSet';
import type { EventSetResult } from '$lib/ui/readEventSet';
import { EventSetAssembler, type FromWorker, type ToWorker } from './messages';

export interface LoadedEventSet {
	result: Promise<EventSetResult>;
	search: Searcher;
	/** Ends the worker (a page that goes away). */
	close: () => void;
}

/**
 * Loads the event set through the data worker, so parsing, validating and indexing for search
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
	const result = new Promise<EventSetResult>((resolve) => {
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
	const result = fetchEventSet(url);
	return {
		result,
		search: async (query, limit) => {
			const r = await result;
			return r.ok ? localSearcher(r.data)(query, limit) : [];
		},
		close: () => {}
	};
}
