import { expandIndex } from '$lib/model/compactIndex';
import type { EventSetIndex } from '$lib/model/schema';
import type { EventIndex } from '$lib/timeline/eventIndex';
import type { EventSetResult } from '$lib/ui/readEventSet';
import { checkIndexFile } from './checkIndexFile';

/** The explorer's index of the event set, or why the page cannot use it (never thrown). */
export type IndexResult =
	| {
			ok: true;
			data: EventSetIndex;
			/** The timeline's index of the events, when the loader read it from the columns. */
			eventIndex?: EventIndex;
	  }
	| Extract<EventSetResult, { ok: false }>;

/** Parses the index file's text (compactIndex) and checks its shape (checkIndexFile). */
export function parseIndexFile(text: string): ReturnType<typeof checkIndexFile> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { ok: false, problem: 'broken', reason: (error as Error).message };
	}
	return checkIndexFile(json);
}

/**
 * Reads the index file's text whole, on the page's thread (where there are no workers): what
 * the data worker and wireIndex do together.
 */
export function readIndex(text: string): IndexResult {
	const read = parseIndexFile(text);
	return read.ok ? { ok: true, data: expandIndex(read.file) } : read;
}
