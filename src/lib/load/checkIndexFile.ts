import { badRefs } from '$lib/model/compactIndex';
import { EVENT_SET_VERSION, type IndexFile } from '$lib/model/schema';

const COLUMNS = ['id', 'type', 'date', 'end', 'title', 'place', 'countries', 'participation'];
const TABLES = ['types', 'dates', 'titles', 'places', 'countryLists', 'participations'];

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A cheap check of a parsed index file before the explorer trusts it: its version, its parts of
 * the right kinds, its columns as long as each other and every position within its table. The
 * build step has checked the file against the whole schema (validateSplit) before writing it, so
 * the page does not check each event again (at 100,000 events that was half the load); this
 * catches a file of another version or shape, or one cut short, with a message saying where.
 */
export function checkIndexFile(
	json: unknown
): { ok: true; file: IndexFile } | { ok: false; problem: 'broken'; reason: string } {
	const broken = (reason: string) => ({ ok: false as const, problem: 'broken' as const, reason });
	if (!isObject(json)) return broken('root: expected the index file, an object');
	if (json.version !== EVENT_SET_VERSION)
		return broken(`version: expected ${EVENT_SET_VERSION}, found ${JSON.stringify(json.version)}`);
	const window = json.window;
	if (!isObject(window) || typeof window.start !== 'string' || typeof window.end !== 'string')
		return broken('window: expected {start, end}');
	for (const key of ['countries', 'memberStatus'])
		if (!isObject(json[key])) return broken(`${key}: expected an object`);
	if (json.generation !== undefined && typeof json.generation !== 'string')
		return broken('generation: expected a string');
	const events = json.events;
	if (!isObject(events)) return broken('events: expected columns (an object of arrays)');
	for (const key of COLUMNS)
		if (!Array.isArray(events[key])) return broken(`events.${key}: expected an array`);
	for (const key of TABLES)
		if (!Array.isArray(json[key])) return broken(`${key}: expected an array`);
	const file = json as unknown as IndexFile;
	if (!file.events.id.every((id) => typeof id === 'string'))
		return broken('events.id: expected strings');
	const bad = badRefs(file.events, file, 1)[0];
	if (bad) return broken(`${bad.path}: ${bad.message}`);
	return { ok: true, file };
}
