import { badRefs, expandIndex } from '$lib/model/compactIndex';
import { IndexFileSchema, type EventSetIndex } from '$lib/model/schema';
import { readJson, type EventSetResult } from '$lib/ui/readEventSet';

/** The explorer's index of the event set, or why the page cannot use it (never thrown). */
export type IndexResult =
	{ ok: true; data: EventSetIndex } | Extract<EventSetResult, { ok: false }>;

/** Reads the index file's text (compactIndex) whole, on the page's thread: what readInParts does in parts. */
export function readIndex(text: string): IndexResult {
	const read = readJson(IndexFileSchema, text);
	if (!read.ok) return read;
	const bad = badRefs(read.output.events, read.output)[0];
	if (bad) return { ok: false, problem: 'broken', reason: `${bad.path}: ${bad.message}` };
	return { ok: true, data: expandIndex(read.output) };
}
