/**
 * What the event set written before at `out` says: its events (their ids and cited articles), so
 * a rebuild gives each happening the id it had (merge/eventId.ts stableIds), and the generation
 * it names, whose unchanged files the next generation links (writeEventSet.ts). Anything
 * unreadable is no history: the ids are then those of a first build, and nothing is linked.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EventSet } from '../../model/schema';
import { GENERATION } from '../../model/setPaths';
import type { PreviousEvent } from '../merge/eventId';
import type { GenerationRecord } from './writeGeneration';

export interface PreviousSet {
	events: PreviousEvent[];
	generation: string | null;
}

const NOTHING: PreviousSet = { events: [], generation: null };

/** What a file said, with the stamp it had then (any change to the file changes the stamp). */
export interface KnownPrevious {
	path: string;
	stamp: string;
	set: PreviousSet;
}

/**
 * Where a build keeps what it wrote across processes (cache/extractionCache.ts): a fresh
 * `npm run events` then takes the ids of the file it wrote last from there, unparsed, while
 * that file is unchanged.
 */
export interface PreviousStore {
	previousSet(): KnownPrevious | null;
	keepPreviousSet(known: KnownPrevious): void;
	/** The record of the generation written last (io/writeGeneration.ts), if it is this one. */
	generationRecord(generation: string): GenerationRecord | null;
	keepGenerationRecord(generation: string, record: GenerationRecord): void;
}

/**
 * The last file read, by its path and what stat says of it: a build reads the set once for its
 * ids and once for its generation, and a file of 10,000 events takes a quarter of a second to
 * parse. Any change to the file (size, times, inode) reads it again.
 */
let last: KnownPrevious | null = null;

function stampOf(path: string): string | null {
	try {
		const s = statSync(path, { bigint: true });
		return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
	} catch {
		return null;
	}
}

export function parsePreviousSet(path: string): PreviousSet {
	try {
		const data = JSON.parse(readFileSync(path, 'utf8')) as {
			events?: unknown;
			generation?: unknown;
		};
		const generation =
			typeof data.generation === 'string' && GENERATION.test(data.generation)
				? data.generation
				: null;
		if (!Array.isArray(data.events)) return { events: [], generation };
		const events = data.events.flatMap((e: { id?: unknown; sources?: unknown }) =>
			typeof e?.id === 'string' && Array.isArray(e.sources)
				? [
						{
							id: e.id,
							articles: e.sources
								.map((s: { article?: unknown }) => s?.article)
								.filter((a): a is string => typeof a === 'string')
						}
					]
				: []
		);
		return { events, generation };
	} catch {
		return NOTHING;
	}
}

export function readPreviousSet(out: string, store?: PreviousStore | null): PreviousSet {
	out = resolve(out);
	const stamp = stampOf(out);
	if (stamp === null) return NOTHING;
	if (last?.path === out && last.stamp === stamp) return last.set;
	const kept = store?.previousSet();
	if (kept?.path === out && kept.stamp === stamp) {
		last = kept;
		return kept.set;
	}
	const set = parsePreviousSet(out);
	last = { path: out, stamp, set };
	return set;
}

export function readPreviousEvents(out: string, store?: PreviousStore | null): PreviousEvent[] {
	return readPreviousSet(out, store).events;
}

/** What parsePreviousSet reads from a set as written (with its generation), without writing it. */
export function previousSetOf(set: EventSet, generation: string): PreviousSet {
	return {
		events: set.events.map((e) => ({ id: e.id, articles: e.sources.map((s) => s.article) })),
		generation
	};
}

/**
 * Called once `set` is in place at `out`: the next read of the file, in this process or (through
 * `store`) the next, takes its ids from here instead of parsing it again, while its stamp holds.
 */
export function rememberWritten(
	out: string,
	set: EventSet,
	generation: string,
	store?: PreviousStore | null
): void {
	out = resolve(out);
	const stamp = stampOf(out);
	if (stamp === null) return;
	last = { path: out, stamp, set: previousSetOf(set, generation) };
	store?.keepPreviousSet(last);
}
