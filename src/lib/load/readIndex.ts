import * as v from 'valibot';
import { badRefs, expandIndex } from '$lib/model/compactIndex';
import { IndexFileSchema, type EventSetIndex } from '$lib/model/schema';
import type { EventSetResult } from '$lib/ui/readEventSet';

/** The explorer's index of the event set, or why the page cannot use it (never thrown). */
export type IndexResult =
	{ ok: true; data: EventSetIndex } | Extract<EventSetResult, { ok: false }>;

/** Reads the index file's text (compactIndex) whole, on the page's thread: what readInParts does in parts. */
export function readIndex(text: string): IndexResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { ok: false, problem: 'broken', reason: (error as Error).message };
	}
	const parsed = v.safeParse(IndexFileSchema, json);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const where = v.getDotPath(issue) ?? 'root';
		return { ok: false, problem: 'broken', reason: `${where}: ${issue.message}` };
	}
	const bad = badRefs(parsed.output.events, parsed.output)[0];
	if (bad) return { ok: false, problem: 'broken', reason: `${bad.path}: ${bad.message}` };
	return { ok: true, data: expandIndex(parsed.output) };
}
