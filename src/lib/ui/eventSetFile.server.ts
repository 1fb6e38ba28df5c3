import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateEventSet } from '$lib/model/validateEventSet';
import { readEventSet, type EventSetResult } from './readEventSet';

/** Where the build step writes the event set; prerendering reads it from here. */
export const EVENTS_FILE = 'static/data/events.json';

let cached: { path: string; result: EventSetResult } | null = null;

/**
 * Reads and fully validates static/data/events.json once per build. Prerendering every event page
 * reads it again and again, so the result is kept.
 */
export function readEventSetFile(file = EVENTS_FILE): EventSetResult {
	const path = resolve(file);
	if (cached?.path === path) return cached.result;
	let result: EventSetResult;
	let text: string | null = null;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		result = { ok: false, problem: 'missing', reason: `${file} not found` };
	}
	if (text !== null) {
		result = readEventSet(text);
		if (result.ok) {
			const problems = validateEventSet(result.data);
			if (problems.length > 0) {
				const first = problems[0]!;
				result = {
					ok: false,
					problem: 'broken',
					reason: `${first.path}: ${first.message}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`
				};
			}
		}
	}
	cached = { path, result: result! };
	return result!;
}
