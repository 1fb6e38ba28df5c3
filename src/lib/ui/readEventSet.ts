import * as v from 'valibot';
import { EventSetSchema, type EventSet } from '$lib/model/schema';

export type EventSetResult =
	{ ok: true; data: EventSet } | { ok: false; problem: 'missing' | 'broken'; reason: string };

/**
 * Parses `text` as JSON and checks it against `schema`: its output, or why the page cannot use
 * it, never thrown.
 */
export function readJson<S extends v.GenericSchema>(
	schema: S,
	text: string
): { ok: true; output: v.InferOutput<S> } | { ok: false; problem: 'broken'; reason: string } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { ok: false, problem: 'broken', reason: (error as Error).message };
	}
	const parsed = v.safeParse(schema, json);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const where = v.getDotPath(issue) ?? 'root';
		return { ok: false, problem: 'broken', reason: `${where}: ${issue.message}` };
	}
	return { ok: true, output: parsed.output };
}

/**
 * Reads the text of events.json. A file the page cannot use is reported, never thrown, so the page
 * can say what to run instead of going blank.
 */
export function readEventSet(text: string): EventSetResult {
	const read = readJson(EventSetSchema, text);
	return read.ok ? { ok: true, data: read.output } : read;
}
