import type { EventSetIndex, IndexEvent } from '$lib/model/schema';
import type { IndexResult } from './readIndex';

/** The page asks the data worker for these. */
export type ToWorker =
	{ type: 'load'; url: string } | { type: 'search'; id: number; query: string; limit: number };

/** The data worker answers with these: the index without its events, then its events in chunks. */
export type FromWorker =
	| { type: 'problem'; result: Extract<IndexResult, { ok: false }> }
	| { type: 'head'; head: Omit<EventSetIndex, 'events'>; count: number }
	| { type: 'events'; events: IndexEvent[] }
	| { type: 'hits'; id: number; hits: { id: string; rank: number }[] };

/**
 * Events per message. Receiving a message copies its events onto the page's thread in one task;
 * a few thousand keep that task short on a slow phone.
 */
export const CHUNK = 2000;

/** The index in messages: its head, then its events `size` at a time (none when it has none). */
export function toMessages(set: EventSetIndex, size = CHUNK): FromWorker[] {
	const { events, ...head } = set;
	const out: FromWorker[] = [{ type: 'head', head, count: events.length }];
	for (let i = 0; i < events.length; i += size)
		out.push({ type: 'events', events: events.slice(i, i + size) });
	return out;
}

/**
 * Puts the index back together from the worker's messages, in order. `receive` returns the
 * result once the set is whole (or a problem is reported), else null.
 */
export class EventSetAssembler {
	#head: Omit<EventSetIndex, 'events'> | null = null;
	#count = 0;
	#events: IndexEvent[] = [];

	receive(message: FromWorker): IndexResult | null {
		if (message.type === 'problem') return message.result;
		if (message.type === 'head') {
			this.#head = message.head;
			this.#count = message.count;
			this.#events = [];
		} else if (message.type === 'events' && this.#head) {
			for (const e of message.events) this.#events.push(e);
		} else return null;
		if (!this.#head || this.#events.length < this.#count) return null;
		return { ok: true, data: { ...this.#head, events: this.#events } };
	}
}
