import * as v from 'valibot';
import { badRefs, expandEvents } from '$lib/model/compactIndex';
import { IndexFileEventSchema, IndexFileSchema, type IndexFile } from '$lib/model/schema';
import { CHUNK, type FromWorker } from './messages';

const EventsSchema = v.array(IndexFileEventSchema);

/** The first problem valibot found, as readIndex words it; `prefix` places a chunk's paths. */
function problemOf(
	issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]],
	offset?: number
): FromWorker {
	const issue = issues[0];
	const path = v.getDotPath(issue);
	let where = path ?? 'root';
	if (offset !== undefined) {
		const [first, ...rest] = (path ?? '').split('.');
		where = ['events', String(offset + Number(first || 0)), ...rest].join('.');
	}
	return {
		type: 'problem',
		result: { ok: false, problem: 'broken', reason: `${where}: ${issue.message}` }
	};
}

/**
 * Reads the index file's text (model/compactIndex.ts) as messages: everything but the events
 * (its tables of titles and places too) checked against the schema first, then the events a
 * chunk at a time, their titles and places put back, each sent as soon as it is checked, so the page
 * receives one chunk while the next is validated. The first problem ends the sequence (chunks
 * already sent are dropped by the receiver, which then holds the problem).
 */
export function* readInParts(text: string, size = CHUNK): Generator<FromWorker> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		yield {
			type: 'problem',
			result: { ok: false, problem: 'broken', reason: (error as Error).message }
		};
		return;
	}
	const events = (json as { events?: unknown } | null)?.events;
	if (json === null || typeof json !== 'object' || !Array.isArray(events)) {
		const parsed = v.safeParse(IndexFileSchema, json);
		if (!parsed.success) yield problemOf(parsed.issues);
		return;
	}
	const head = v.safeParse(IndexFileSchema, { ...json, events: [] });
	if (!head.success) {
		yield problemOf(head.issues);
		return;
	}
	const file = head.output as IndexFile;
	const { events: none, titles, places, ...rest } = file;
	void none;
	yield { type: 'head', head: rest, count: events.length };
	for (let i = 0; i < events.length; i += size) {
		const chunk = v.safeParse(EventsSchema, events.slice(i, i + size));
		if (!chunk.success) {
			yield problemOf(chunk.issues, i);
			return;
		}
		const bad = badRefs(chunk.output, file, i)[0];
		if (bad) {
			yield {
				type: 'problem',
				result: { ok: false, problem: 'broken', reason: `${bad.path}: ${bad.message}` }
			};
			return;
		}
		yield { type: 'events', events: expandEvents(chunk.output, { titles, places }) };
	}
}
