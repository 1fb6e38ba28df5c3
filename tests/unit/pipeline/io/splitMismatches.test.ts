/**
 * The writer's cheap check of a split made from a set already validated whole: it accepts the
 * split as splitEventSet and compactIndex make it, and refuses every way a split can stop being
 * exactly its set — a table, a column, a chunk or the articles' list changed, lost or added to.
 */
import { describe, expect, it } from 'vitest';
import { compactIndex } from '$lib/model/compactIndex';
import type { ArticlesFile, DetailsChunk, EventSet, IndexFile } from '$lib/model/schema';
import { detailsChunkOf } from '$lib/model/setPaths';
import { splitEventSet } from '$lib/model/splitEventSet';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { splitMismatches } from '$lib/pipeline/io/splitMismatches';

const set = buildEventSet('tests/corpora/dev').eventSet;

interface Split {
	index: IndexFile;
	articles: ArticlesFile;
	chunks: Map<string, DetailsChunk>;
}

/** A fresh split of the set, deep-copied so a case may spoil any part of it. */
function fresh(): Split {
	const split = splitEventSet(set);
	const copy = <T>(x: T): T => structuredClone(x);
	return {
		index: copy(compactIndex({ ...split.index, generation: '0123456789abcdef' })),
		articles: copy(split.articles),
		chunks: new Map([...split.chunks].map(([k, c]) => [k, copy(c)]))
	};
}

const firstChunk = (s: Split) => s.chunks.get(detailsChunkOf(set.events[0]!.date))!;

const spoilers: [string, (s: Split) => void][] = [
	['a column position past its table', (s) => (s.index.events.title[0] = s.index.titles.length)],
	['a column one entry short', (s) => s.index.events.place.pop()],
	['a title changed in its table', (s) => (s.index.titles[0] = { en: 'x', ar: 'س' })],
	['two events swapped in the id column', (s) => s.index.events.id.reverse()],
	['an event given another date', (s) => (s.index.events.date[0] = s.index.events.date.at(-1)!)],
	['a country dropped from a list', (s) => s.index.countryLists[0]!.pop()],
	[
		'a key the set lacks, in the index',
		(s) => ((s.index as unknown as Record<string, number>).extra = 1)
	],
	[
		'a key the set lacks, in an event of a chunk',
		(s) => ((firstChunk(s).events[0] as unknown as Record<string, number>).x = 1)
	],
	['an event\u2019s details left out', (s) => firstChunk(s).events.shift()],
	['an event\u2019s details twice', (s) => firstChunk(s).events.push(firstChunk(s).events[0]!)],
	[
		'an event\u2019s details in another chunk',
		(s) => {
			const other = [...s.chunks.values()].find((c) => c !== firstChunk(s))!;
			other.events.push(firstChunk(s).events.shift()!);
		}
	],
	['a whole chunk left out', (s) => s.chunks.delete(detailsChunkOf(set.events[0]!.date))],
	['a chunk naming itself otherwise', (s) => (firstChunk(s).chunk = '1999')],
	['a chunk of another version', (s) => ((firstChunk(s) as { version: number }).version = 1)],
	['a quote changed', (s) => (firstChunk(s).events[0]!.sources[0]!.quote += '.')],
	['an offset changed', (s) => firstChunk(s).events[0]!.sources[0]!.start++],
	['a claim added', (s) => (firstChunk(s).events[0]!.sources[0]!.claims.place = true)],
	['an article dropped from the list', (s) => s.articles.articles.pop()],
	['an article\u2019s outlet changed', (s) => (s.articles.articles[0]!.outlet = 'elsewhere')],
	['a member\u2019s status period dropped', (s) => s.index.memberStatus.ARM!.pop()],
	['the window moved', (s) => (s.index.window.end = '2024-12-31')]
];

describe('splitMismatches', () => {
	it('accepts the split as it is made from a validated set', () => {
		expect(set.events.length).toBeGreaterThan(20);
		const { index, articles, chunks } = fresh();
		expect(splitMismatches(set, index, articles, chunks)).toEqual([]);
	});

	it.each(spoilers)('refuses a split with %s', (_, spoil) => {
		const split = fresh();
		spoil(split);
		expect(splitMismatches(set as EventSet, split.index, split.articles, split.chunks)).not.toEqual(
			[]
		);
	});
});
