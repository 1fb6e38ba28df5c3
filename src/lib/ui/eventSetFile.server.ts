import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateEventSet } from '$lib/model/validateEventSet';
import { readEventSet, type EventSetResult } from './readEventSet';

/** Where the build step writes the event set; prerendering reads it from here. */
export const EVENTS_FILE = 'static/data/events.json';

let cached: { stamp: string; result: EventSetResult } | null = null;

/**
 * Reads and fully validates static/data/events.json once per version of the file. Prerendering
 * every event page reads it again and again, so the result is kept; a dev server's rebuild
 * (a new file: new size or time) is read afresh, so a deleted article's events 404 at once.
 */
export function readEventSetFile(file = EVENTS_FILE): EventSetResult {
	const path = resolve(file);
	let stamp = `${path}:missing`;
	try {
		const s = statSync(path);
		stamp = `${path}:${s.size}:${s.mtimeMs}:${s.ino}`;
	} catch {
		// Missing: reported below.
	}
	if (cached?.stamp === stamp) return cached.result;
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
	cached = { stamp, result: result! };
	return result!;
}
