import { localSearcher, type Searcher } from '$lib/search/localSearcher';
import { fetchEventSetText } from '$lib/ui/fetchEventSet';
import { eventIndexFromSpans, type TimelineSpans } from '$lib/timeline/timelineSpans';
import { expandInSlices, nextTask } from './expandInSlices';
import { fetchArticles, type ArticlesLoader, type ArticlesResult } from './fetchArticles';
import type { FromWorker, ToWorker } from './messages';
import { unpackArticles } from './packArticles';
import { readIndex, type IndexResult } from './readIndex';
import { fromWireInSlices, indexFromWire } from './wireIndex';

export interface LoadedEventSet {
	result: Promise<IndexResult>;
	search: Searcher;
	/** Reads the articles' list at `url` (its first need: an opened event, an export). */
	articles: ArticlesLoader;
	/** Ends the worker (a page that goes away). */
	close: () => void;
}

/** Calls `then` once the page has painted and has a moment with nothing to do. */
function whenIdle(then: () => void) {
	const idle = () =>
		typeof requestIdleCallback === 'function'
			? requestIdleCallback(then, { timeout: 5_000 })
			: setTimeout(then, 0);
	if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => idle());
	else idle();
}

/**
 * Loads the event set's index (`url`, see model/setPaths.ts) through the data worker, so fetching
 * and parsing never hold up the page and its events are made from columns in short tasks; the
 * search index is built in the worker once the page is idle; without workers, on the page's
 * thread.
 */
export function loadEventSet(url: string): LoadedEventSet {
	if (typeof Worker === 'undefined') return onPage(url);
	let worker: Worker;
	try {
		worker = new Worker(new URL('./eventSet.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return onPage(url);
	}
	const pending = new Map<number, (ids: string[]) => void>();
	const articles = new Map<string, (result: ArticlesResult) => void>();
	let next = 0;
	// The timeline's spans come in a message of their own, after the columns.
	let spansArrived: (spans: TimelineSpans) => void = () => {};
	const spans = new Promise<TimelineSpans>((resolve) => (spansArrived = resolve));
	const result = new Promise<IndexResult>((resolve) => {
		worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
			if (data.type === 'hits') {
				pending.get(data.id)?.(data.hits.map((h) => h.id));
				pending.delete(data.id);
				return;
			}
			if (data.type === 'articles') {
				const r = data.result;
				articles.get(data.url)?.(r.ok ? { ok: true, articles: unpackArticles(r.packed) } : r);
				articles.delete(data.url);
				return;
			}
			if (data.type === 'problem') {
				resolve(data.result);
				return;
			}
			if (data.type === 'spans') {
				spansArrived(data.spans);
				return;
			}
			const { columns, readTo } = fromWireInSlices(data.columns);
			// The first slice in a task of its own: this one has received the message.
			const slices = nextTask().then(() =>
				expandInSlices(columns, data.tables, undefined, undefined, readTo)
			);
			void Promise.all([slices, spans]).then(async ([events, made]) => {
				// The timeline's index: the worker's spans with the events put in (a lookup each).
				// The explorer mounts in the next task: resolving here would run the mount in this one.
				const eventIndex = eventIndexFromSpans(events, made);
				await nextTask();
				resolve({ ok: true, data: indexFromWire(data, events), eventIndex });
				// Search is built after the first paint, never before it.
				whenIdle(() => post({ type: 'warm' }));
			});
		};
		worker.onerror = (e) => {
			e.preventDefault();
			resolve({ ok: false, problem: 'broken', reason: e.message || 'the data worker failed' });
		};
	});
	const post = (message: ToWorker) => worker.postMessage(message);
	// The worker fetches the file: reading 10 MB of body on the page's thread is a task of ~90 ms.
	post({ type: 'load', url });
	return {
		result,
		search: (query, limit) =>
			new Promise((resolve) => {
				const id = next++;
				pending.set(id, resolve);
				post({ type: 'search', id, query, limit });
			}),
		articles: (url) =>
			new Promise((resolve) => {
				// One request per list at a time: the details store asks once and keeps the answer.
				const earlier = articles.get(url);
				articles.set(url, (r) => {
					earlier?.(r);
					resolve(r);
				});
				if (!earlier) post({ type: 'articles', url });
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
		articles: (url) => fetchArticles(url),
		close: () => {}
	};
}
