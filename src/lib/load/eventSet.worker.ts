/**
 * The data worker: fetches the event set's index (the events without their sentences or articles,
 * see model/splitEventSet.ts), parses it and checks its shape off the page's thread, hands it to
 * the page as columns in transferred typed arrays (wireIndex), and keeps the search index, built
 * once the page has painted (or at the first query), answering each query with the matching ids.
 * The articles' list is read the same way when the page first needs it.
 */
import type { IndexFile } from '$lib/model/schema';
import { expandEvents } from '$lib/model/compactIndex';
import { spansBuffers, timelineSpans } from '$lib/timeline/timelineSpans';
import { buildSearchIndex, searchEvents, type SearchIndex } from '$lib/search/searchEvents';
import { fetchEventSetText } from '$lib/ui/fetchEventSet';
import { fetchArticles } from './fetchArticles';
import type { FromWorker, ToWorker } from './messages';
import { articleBuffers, packArticles } from './packArticles';
import { parseIndexFile } from './readIndex';
import { toWire } from './wireIndex';
import { withQuotes } from './withQuotes';

const scope = self as unknown as {
	postMessage(message: FromWorker, transfer?: Transferable[]): void;
	onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

let data: Parameters<typeof buildSearchIndex>[0] | null = null;
/** The index as read, and its address, until search needs its events (prepareSearch). */
let loaded: { file: IndexFile; url: string } | null = null;
let preparing: Promise<void> | null = null;
let index: SearchIndex | null = null;
/** The page has painted and asked for the search index: build it as soon as the data is here. */
let warm = false;
/** Queries that arrive before the set does wait for it. */
let waiting: Extract<ToWorker, { type: 'search' }>[] = [];

/**
 * The worker's own events, for search, made at its first need (the page has painted, or a query
 * came): made at load, 100,000 objects and their garbage collection ran beside the page making
 * its own, on a machine of 2 cores. A small set's quotes are searched too (their chunks fetched
 * now, queries waiting for them), a large one's are not (see withQuotes).
 */
function prepareSearch() {
	if (!loaded || preparing) return;
	const { file, url } = loaded;
	preparing = (async () => {
		const events = expandEvents(file.events, file);
		const base = new URL(url, self.location.href).href;
		const quoted = await withQuotes({ events, generation: file.generation }, base);
		data = { events: quoted ?? events, countries: file.countries };
		loaded = null;
		if (warm || waiting.length > 0) index = buildSearchIndex(data);
		const queued = waiting;
		waiting = [];
		queued.forEach(answer);
	})();
}

function answer(q: Extract<ToWorker, { type: 'search' }>) {
	if (!data) {
		waiting.push(q);
		prepareSearch();
		return;
	}
	index ??= buildSearchIndex(data);
	const hits = searchEvents(index, q.query, q.limit).map((h) => ({ id: h.event.id, rank: h.rank }));
	scope.postMessage({ type: 'hits', id: q.id, hits });
}

scope.onmessage = async ({ data: message }) => {
	if (message.type === 'search') answer(message);
	else if (message.type === 'articles') {
		// At an opened event's first need: parsed here and handed over as columns (packArticles).
		const got = await fetchArticles(new URL(message.url, self.location.href).href);
		if (!got.ok) {
			scope.postMessage({ type: 'articles', url: message.url, result: got });
			return;
		}
		const packed = packArticles(got.articles);
		scope.postMessage(
			{ type: 'articles', url: message.url, result: { ok: true, packed } },
			articleBuffers(packed)
		);
	} else if (message.type === 'warm') {
		warm = true;
		if (data) index ??= buildSearchIndex(data);
		else prepareSearch();
	} else if (message.type === 'load') {
		const got = await fetchEventSetText(message.url);
		const read = got.ok ? parseIndexFile(got.text) : got;
		if (!read.ok) {
			scope.postMessage({ type: 'problem', result: read });
			return;
		}
		const wire = toWire(read.file);
		scope.postMessage({ type: 'index', ...wire.message }, wire.transfer);
		// The timeline's spans, made here while the page makes its events from the columns: on
		// the page they were a task of 30–80 ms before the first paint.
		const spans = timelineSpans(read.file.events, read.file);
		scope.postMessage({ type: 'spans', spans }, spansBuffers(spans));
		loaded = { file: read.file, url: message.url };
		if (warm || waiting.length > 0) prepareSearch();
	}
};
