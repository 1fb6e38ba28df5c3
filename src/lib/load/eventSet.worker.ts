/**
 * The data worker: fetches the event set's index (the events without their sentences, see
 * model/splitEventSet.ts), parses and validates it off the page's thread (at 100,000 events that
 * is most of a second on a phone), hands it over in chunks, and keeps the search index, answering
 * each query with the matching ids.
 */
import { buildSearchIndex, searchEvents, type SearchIndex } from '$lib/search/searchEvents';
import { fetchEventSetText } from '$lib/ui/fetchEventSet';
import { EventSetAssembler, type FromWorker, type ToWorker } from './messages';
import { readInParts } from './readInParts';
import { withQuotes } from './withQuotes';

const scope = self as unknown as {
	postMessage(message: FromWorker): void;
	onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

let data: Parameters<typeof buildSearchIndex>[0] | null = null;
let index: SearchIndex | null = null;
/** Queries that arrive before the set does wait for it. */
let waiting: Extract<ToWorker, { type: 'search' }>[] = [];

function answer(q: Extract<ToWorker, { type: 'search' }>) {
	if (!data) {
		waiting.push(q);
		return;
	}
	index ??= buildSearchIndex(data);
	const hits = searchEvents(index, q.query, q.limit).map((h) => ({ id: h.event.id, rank: h.rank }));
	scope.postMessage({ type: 'hits', id: q.id, hits });
}

scope.onmessage = async ({ data: message }) => {
	if (message.type === 'search') answer(message);
	else if (message.type === 'load') {
		const got = await fetchEventSetText(message.url);
		if (!got.ok) {
			scope.postMessage({ type: 'problem', result: got });
			return;
		}
		// Each chunk goes to the page as soon as it is checked; the worker keeps its own copy.
		const assembler = new EventSetAssembler();
		let result = null;
		for (const m of readInParts(got.text)) {
			scope.postMessage(m);
			result = assembler.receive(m);
		}
		if (!result?.ok) return;
		// A small set's quotes are searched too (their chunks fetched now, queries waiting for
		// them); a large one's are not (see withQuotes).
		const base = new URL(message.url, self.location.href).href;
		const quoted = await withQuotes(result.data, base);
		data = quoted ? { ...result.data, events: quoted } : result.data;
		// The index is built now, while the page draws, so the first query finds it ready.
		index = buildSearchIndex(data);
		const queued = waiting;
		waiting = [];
		queued.forEach(answer);
	}
};
