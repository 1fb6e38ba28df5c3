/**
 * The page trusts the index the build wrote (checked against the whole schema there), and checks
 * only what it needs to read it: a file of another version or shape, or with a position out of
 * its table, is refused with a message saying where; a good one is read back exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkIndexFile } from '$lib/load/checkIndexFile';
import { readIndex } from '$lib/load/readIndex';
import { compactIndex } from '$lib/model/compactIndex';
import { splitEventSet } from '$lib/model/splitEventSet';
import { syntheticEventSet } from '$lib/model/synthetic';

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const split = splitEventSet(syntheticEventSet(300, 3));
const good = () => copy(compactIndex(split.index)) as unknown as Record<string, unknown>;
const events = (f: Record<string, unknown>) => f['events'] as Record<string, unknown[]>;

describe('checkIndexFile', () => {
	it('accepts the index file as the build writes it, and reading it gives back the index', () => {
		expect(checkIndexFile(good()).ok).toBe(true);
		expect(readIndex(JSON.stringify(good()))).toEqual({ ok: true, data: copy(split.index) });
	});

	it.each([
		['not an object', () => [1, 2], 'root: expected the index file, an object'],
		['null', () => null, 'root: expected the index file, an object'],
		['of another version', () => ({ ...good(), version: 1 }), 'version: expected 2, found 1'],
		[
			'without a version',
			() => ({ ...good(), version: undefined }),
			'version: expected 2, found undefined'
		],
		['without a window', () => ({ ...good(), window: null }), 'window: expected {start, end}'],
		[
			'with its events as a list of objects (the former index)',
			() => ({ ...good(), events: [{ id: 'x' }] }),
			'events: expected columns (an object of arrays)'
		],
		[
			'without a column',
			() => {
				const f = good();
				delete events(f)['end'];
				return f;
			},
			'events.end: expected an array'
		],
		['without a table', () => ({ ...good(), titles: undefined }), 'titles: expected an array'],
		[
			'with an id that is not a string',
			() => {
				const f = good();
				events(f)['id']![7] = 7;
				return f;
			},
			'events.id: expected strings'
		],
		[
			'with a column cut short',
			() => {
				const f = good();
				events(f)['place']!.length = 10;
				return f;
			},
			'events.place: 10 entries for 300 events'
		],
		[
			'with a title past its table',
			() => {
				const f = good();
				events(f)['title']![42] = 1e6;
				return f;
			},
			'events.title.42: no such title'
		]
	])('refuses a file %s, saying where', (_, make, reason) => {
		expect(checkIndexFile(make())).toEqual({ ok: false, problem: 'broken', reason });
	});

	it('refuses text that is not JSON', () => {
		const read = readIndex('{"version": 2, "events": [');
		expect(read.ok).toBe(false);
	});
});
