import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	parsePreviousSet,
	readPreviousEvents,
	readPreviousSet,
	type KnownPrevious,
	type PreviousStore
} from '$lib/pipeline/io/readPreviousEvents';
import type { EventSet } from '$lib/model/schema';
import type { GenerationRecord } from '$lib/pipeline/io/writeGeneration';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { writeEventSet } from '$lib/pipeline/writeEventSet';

let dir: string;
let file: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'csto-previous-'));
	file = join(dir, 'events.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const set = (generation: unknown, ids: string[]) =>
	JSON.stringify({
		events: ids.map((id) => ({ id, sources: [{ article: `${id}-a` }, { article: 7 }] })),
		generation
	});

describe('the event set written before', () => {
	it('gives its events’ ids with their cited articles, and the generation it names', () => {
		writeFileSync(file, set('0123456789abcdef', ['e1', 'e2']));
		expect(readPreviousSet(file)).toEqual({
			events: [
				{ id: 'e1', articles: ['e1-a'] },
				{ id: 'e2', articles: ['e2-a'] }
			],
			generation: '0123456789abcdef'
		});
		expect(readPreviousEvents(file)).toEqual(readPreviousSet(file).events);
	});

	it('parses the file once while it is unchanged, and again once it changes', () => {
		writeFileSync(file, set('0123456789abcdef', ['e1']));
		const first = readPreviousSet(file);
		expect(readPreviousSet(join(dir, '.', 'events.json'))).toBe(first);
		writeFileSync(file, set('fedcba9876543210', ['e1', 'e3']));
		const second = readPreviousSet(file);
		expect(second).not.toBe(first);
		expect(second.generation).toBe('fedcba9876543210');
		expect(second.events.map((e) => e.id)).toEqual(['e1', 'e3']);
	});

	it.each([
		['a missing file', null],
		['an empty file', ''],
		['damaged JSON', '{"events": ['],
		['JSON that is not an event set', '[1, 2, 3]']
	])('is no history for %s', (_, content) => {
		if (content !== null) writeFileSync(file, content);
		expect(readPreviousSet(file)).toEqual({ events: [], generation: null });
	});

	it.each([
		['a generation of another shape', '../../etc'],
		['a generation that is not a string', 12]
	])('names no generation for %s, and still gives the ids', (_, generation) => {
		writeFileSync(file, set(generation, ['e1']));
		expect(readPreviousSet(file)).toEqual({
			events: [{ id: 'e1', articles: ['e1-a'] }],
			generation: null
		});
	});
});

/** A store as the extraction cache is one, in memory. */
function memoryStore(): PreviousStore & { kept: KnownPrevious | null } {
	const records = new Map<string, GenerationRecord>();
	return {
		kept: null,
		previousSet() {
			return this.kept;
		},
		keepPreviousSet(known) {
			this.kept = known;
		},
		generationRecord: (generation) => records.get(generation) ?? null,
		keepGenerationRecord: (generation, record) => void records.set(generation, record)
	};
}

describe('the ids the build step wrote', () => {
	it('are kept as parsing the written file would give them', () => {
		const out = join(dir, 'data', 'events.json');
		const store = memoryStore();
		const result = buildEventSet('tests/corpora/dev');
		const { generation } = writeEventSet(result, out, { store });
		expect(store.kept?.path).toBe(out);
		expect(store.kept?.set.generation).toBe(generation);
		expect(store.kept?.set.events.length).toBe(result.eventSet.events.length);
		expect(store.kept?.set).toStrictEqual(parsePreviousSet(out));
	});

	it('are read from the store by a fresh process while the file is unchanged, and parsed once it changes', async () => {
		const store = memoryStore();
		writeFileSync(file, set('0123456789abcdef', ['e1']));
		const first = await import('$lib/pipeline/io/readPreviousEvents');
		first.rememberWritten(file, { events: [] } as unknown as EventSet, '0123456789abcdef', store);
		// What the store holds for this file as it is now: not what the file says, so a parse shows.
		const known = { events: [{ id: 'kept', articles: [] }], generation: null };
		store.kept = { ...store.kept!, set: known };
		vi.resetModules();
		const fresh = await import('$lib/pipeline/io/readPreviousEvents');
		expect(fresh.readPreviousSet(file, store)).toBe(known);
		writeFileSync(file, set('fedcba9876543210', ['e2']));
		expect(fresh.readPreviousSet(file, store).events.map((e) => e.id)).toEqual(['e2']);
	});
});
