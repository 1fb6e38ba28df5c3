import type { ColumnsLike, IndexTables } from '$lib/model/compactIndex';
import { tablesOf } from '$lib/model/compactIndex';
import type { EventSetIndex, IndexEvent, IndexFile } from '$lib/model/schema';

/**
 * The index's columns as the data worker hands them to the page: numbers in typed arrays whose
 * buffers are transferred (moved, not copied), the ids in one string (copied as one block). The
 * page then receives a few arrays instead of 100,000 objects to deserialise.
 */
export interface WireColumns {
	/** The events' ids joined by '\n' (an id is a slug: it has none). */
	ids: string;
	count: number;
	type: Int32Array;
	date: Int32Array;
	end: Int32Array;
	title: Int32Array;
	place: Int32Array;
	countries: Int32Array;
	participation: Int32Array;
}

/** The index as one message: everything but the events, the tables, the columns. */
export interface WireIndex {
	head: Omit<EventSetIndex, 'events'>;
	tables: IndexTables;
	columns: WireColumns;
}

/**
 * A checked index file (checkIndexFile) as one message, and the buffers to transfer with it
 * (`postMessage(message, transfer)`).
 */
export function toWire(file: IndexFile): { message: WireIndex; transfer: ArrayBuffer[] } {
	const { version, window, countries, memberStatus, generation, events } = file;
	// The array-like constructor, not `from` (which walks an iterator): a few times faster.
	const numbers = (xs: readonly number[]) => new Int32Array(xs);
	const columns: WireColumns = {
		ids: events.id.join('\n'),
		count: events.id.length,
		type: numbers(events.type),
		date: numbers(events.date),
		end: numbers(events.end),
		title: numbers(events.title),
		place: numbers(events.place),
		countries: numbers(events.countries),
		participation: numbers(events.participation)
	};
	const head = {
		version,
		window,
		countries,
		memberStatus,
		...(generation === undefined ? {} : { generation })
	};
	const transfer = [
		columns.type,
		columns.date,
		columns.end,
		columns.title,
		columns.place,
		columns.countries,
		columns.participation
	].map((a) => a.buffer as ArrayBuffer);
	return { message: { head, tables: tablesOf(file), columns }, transfer };
}

/** The columns as compactIndex's readers take them (expandEvents), ids split back. */
export function fromWire(columns: WireColumns): ColumnsLike {
	const read = fromWireInSlices(columns);
	read.readTo(columns.count);
	return read.columns;
}

/**
 * The same as fromWire, with the ids read from their string a slice at a time: `readTo(k)` reads
 * those before position k (call it before expanding them). Splitting 100,000 ids at once was a
 * task of 30–40 ms on the page's thread.
 */
export function fromWireInSlices(columns: WireColumns): {
	columns: ColumnsLike;
	readTo: (k: number) => void;
} {
	const { ids, count, ...numbers } = columns;
	const id = new Array<string>(count);
	let read = 0;
	let at = 0;
	const readTo = (k: number) => {
		for (; read < Math.min(k, count); read++) {
			const end = ids.indexOf('\n', at);
			const stop = end === -1 ? ids.length : end;
			id[read] = ids.slice(at, stop);
			at = stop + 1;
		}
	};
	return { columns: { id, ...numbers }, readTo };
}

/** The index the page uses, from the message and the events made from its columns. */
export function indexFromWire(message: WireIndex, events: IndexEvent[]): EventSetIndex {
	const { version, window, countries, memberStatus, generation } = message.head;
	// Keys in the index's order (events.json's, without the articles).
	return {
		version,
		window,
		countries,
		events,
		memberStatus,
		...(generation === undefined ? {} : { generation })
	};
}
