/**
 * The index, the articles' list and the details chunks together hold exactly what events.json
 * holds: split, written (by the build step itself, for the development corpus), read back and
 * joined, they deep-equal the single file. And the schema of the split refuses what does not fit
 * together.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compactIndex, expandIndex } from '$lib/model/compactIndex';
import { joinEventSet } from '$lib/model/joinEventSet';
import type { ArticlesFile, DetailsChunk, EventSet, IndexFile } from '$lib/model/schema';
import { detailsChunkOf, indexFileOf } from '$lib/model/setPaths';
import { splitEventSet } from '$lib/model/splitEventSet';
import { syntheticEventSet } from '$lib/model/synthetic';
import { validateSplit } from '$lib/model/validateSplit';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { writeEventSet } from '$lib/pipeline/writeEventSet';

const work = mkdtempSync(join(tmpdir(), 'csto-split-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

/** What the build wrote: events.json, its index, its articles' list and its details chunks by name. */
function written(out: string) {
	const full = readJson(out) as EventSet;
	const file = readJson(indexFileOf(out)) as IndexFile;
	const index = expandIndex(file);
	const generation = join(out, '..', 'sets', index.generation!);
	const articles = readJson(join(generation, 'articles.json')) as ArticlesFile;
	const dir = join(generation, 'details');
	const chunks = new Map(
		readdirSync(dir).map((f) => [f.replace(/\.json$/, ''), readJson(join(dir, f)) as DetailsChunk])
	);
	return { full, file, index, articles, chunks };
}

/** A JSON round trip, as a file or a worker message would make it. */
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('the index and its details', () => {
	it('hold exactly what events.json holds, as the build step writes them for the development corpus', () => {
		const out = join(work, 'dev', 'events.json');
		writeEventSet(buildEventSet('tests/corpora/dev'), out);
		const { full, file, index, articles, chunks } = written(out);
		expect(full.events.length).toBeGreaterThan(20);
		expect(index.generation).toBe(full.generation);
		expect(validateSplit(file, articles, chunks)).toEqual([]);
		expect(joinEventSet(index, articles, chunks.values())).toStrictEqual(full);
		// The articles are in their own list, not in the index.
		expect(file).not.toHaveProperty('articles');
		expect(articles.articles).toStrictEqual(full.articles);
		// The index carries no sentence of any event.
		for (const e of index.events) {
			expect(e).not.toHaveProperty('sources');
			expect(e).not.toHaveProperty('participationSources');
		}
		expect(chunks.size).toBe(new Set(full.events.map((e) => detailsChunkOf(e.date))).size);
	});

	it('hold exactly what a seeded generated set of 5,000 events holds', () => {
		const set = syntheticEventSet(5000, 42);
		const split = splitEventSet(set);
		// Through the file's form and JSON, as the explorer and the build step read them.
		const file = copy(compactIndex(split.index));
		expect(file.places.length).toBeLessThan(100);
		const back = joinEventSet(
			expandIndex(file),
			copy(split.articles),
			[...split.chunks.values()].map(copy)
		);
		expect(back).toStrictEqual(copy(set));
		// Every event's details are in the chunk its date names, and only there.
		for (const e of set.events)
			expect(split.chunks.get(detailsChunkOf(e.date))?.events.some((d) => d.id === e.id)).toBe(
				true
			);
	});

	it('put an event with attendance back with its attendance sentences', () => {
		const set = syntheticEventSet(200, 5);
		const summit = set.events.find((e) => e.participationSources);
		expect(summit).toBeDefined();
		const split = splitEventSet(set);
		const joined = joinEventSet(split.index, split.articles, split.chunks.values());
		expect(joined.events.find((e) => e.id === summit!.id)).toStrictEqual(summit);
	});
});

describe('validateSplit', () => {
	const set = syntheticEventSet(60, 9);
	const fresh = () => {
		const { index, articles, chunks } = splitEventSet(set);
		return {
			index: copy(compactIndex(index)),
			articles: copy(articles),
			chunks: new Map([...chunks].map(([k, c]) => [k, copy(c)]))
		};
	};
	const first = set.events[0]!;

	it('accepts a split as splitEventSet makes it', () => {
		const { index, articles, chunks } = fresh();
		expect(validateSplit(index, articles, chunks)).toEqual([]);
	});

	it('refuses an index event whose details are missing', () => {
		const { index, articles, chunks } = fresh();
		const chunk = chunks.get(detailsChunkOf(first.date))!;
		chunk.events = chunk.events.filter((d) => d.id !== first.id);
		expect(validateSplit(index, articles, chunks)).toEqual([
			{ path: 'index.events.0', message: `${first.id} has no details` }
		]);
	});

	it('refuses details for an event the index does not have', () => {
		const { index, articles, chunks } = fresh();
		// Its entry taken out of every column.
		const at = index.events.id.indexOf(first.id);
		for (const column of Object.values(index.events)) column.splice(at, 1);
		expect(validateSplit(index, articles, chunks)).toEqual([
			{
				path: `details/${detailsChunkOf(first.date)}.events.0`,
				message: `details for ${first.id}, which the index lacks`
			}
		]);
	});

	it('refuses details filed under another date', () => {
		const { index, articles, chunks } = fresh();
		const other = set.events.find((e) => detailsChunkOf(e.date) !== detailsChunkOf(first.date))!;
		const from = chunks.get(detailsChunkOf(first.date))!;
		const moved = from.events.find((d) => d.id === first.id)!;
		from.events = from.events.filter((d) => d !== moved);
		chunks.get(detailsChunkOf(other.date))!.events.push(moved);
		expect(validateSplit(index, articles, chunks).map((p) => p.message)).toEqual([
			`details for ${first.id} belong in chunk ${detailsChunkOf(first.date)}`,
			`${first.id} has no details`
		]);
	});

	it('refuses the same details twice', () => {
		const { index, articles, chunks } = fresh();
		const chunk = chunks.get(detailsChunkOf(first.date))!;
		chunk.events.push(chunk.events[0]!);
		expect(validateSplit(index, articles, chunks).map((p) => p.message)).toEqual([
			`details for ${chunk.events[0]!.id} twice`
		]);
	});

	it('refuses an index whose events carry their sentences', () => {
		const { index, articles, chunks } = fresh();
		(index.events as unknown as Record<string, unknown>)['sources'] = [first.sources];
		const problems = validateSplit(index, articles, chunks);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.path).toBe('index.events.sources');
	});

	it('refuses details without a sentence, or whose attendance cites one they lack', () => {
		const { index, articles, chunks } = fresh();
		const chunk = chunks.get(detailsChunkOf(first.date))!;
		chunk.events[0]!.sources = [];
		const summit = set.events.find((e) => e.participationSources)!;
		const details = chunks
			.get(detailsChunkOf(summit.date))!
			.events.find((d) => d.id === summit.id)!;
		details.participationSources = { ARM: [7] };
		const messages = validateSplit(index, articles, chunks).map((p) => p.message);
		expect(messages).toContain('every event cites at least one sentence');
		expect(messages).toContain('an attendance cites a source the event does not have');
	});

	it('refuses an index event whose title or place is past its table', () => {
		const { index, articles, chunks } = fresh();
		index.events.title[1] = index.titles.length;
		index.events.place[2] = index.places.length + 3;
		expect(validateSplit(index, articles, chunks)).toEqual([
			{ path: 'index.events.title.1', message: 'no such title' },
			{ path: 'index.events.place.2', message: 'no such place' }
		]);
	});

	it('refuses columns of different lengths', () => {
		const { index, articles, chunks } = fresh();
		index.events.date.pop();
		expect(validateSplit(index, articles, chunks)).toEqual([
			{
				path: 'index.events.date',
				message: `${set.events.length - 1} entries for ${set.events.length} events`
			}
		]);
	});

	it('refuses a chunk that names another chunk, and not-JSON-shaped input', () => {
		const { index, articles, chunks } = fresh();
		const name = detailsChunkOf(first.date);
		chunks.get(name)!.chunk = '2020-01';
		expect(validateSplit(index, articles, chunks)).toContainEqual({
			path: `details/${name}`,
			message: 'names itself 2020-01'
		});
		expect(validateSplit(null, [], new Map([['x', 7]])).length).toBeGreaterThanOrEqual(3);
	});

	it.each([
		['of another version', (a: ArticlesFile) => ({ ...a, version: 1 }), 'articles.version'],
		['without its list', (a: ArticlesFile) => ({ version: a.version }), 'articles.articles'],
		[
			'with an article without an outlet field',
			(a: ArticlesFile) => {
				delete (a.articles[0] as Partial<ArticlesFile['articles'][0]>).outlet;
				return a;
			},
			'articles.articles.0.outlet'
		],
		[
			'with an unknown field in an article',
			(a: ArticlesFile) => {
				(a.articles[1] as Record<string, unknown>)['body'] = 'the whole text';
				return a;
			},
			'articles.articles.1.body'
		]
	])('refuses an articles list %s', (_, spoil, path) => {
		const { index, articles, chunks } = fresh();
		const problems = validateSplit(index, spoil(articles), chunks);
		expect(problems.map((p) => p.path)).toContain(path);
	});

	it('refuses an articles list that lacks an article an event cites', () => {
		const { index, articles, chunks } = fresh();
		const cited = first.sources[0]!.article;
		articles.articles = articles.articles.filter((a) => a.id !== cited);
		expect(validateSplit(index, articles, chunks).map((p) => p.message)).toContain(
			`unknown article ${cited}`
		);
	});

	it('applies the rules of the whole set to what the two make together', () => {
		const { index, articles, chunks } = fresh();
		const chunk = chunks.get(detailsChunkOf(first.date))!;
		chunk.events[0]!.sources[0]!.article = 'no-such-article';
		expect(validateSplit(index, articles, chunks).map((p) => p.message)).toEqual([
			'unknown article no-such-article'
		]);
	});
});

describe('the build step', () => {
	it('refuses to write an event set whose split does not validate, and leaves the old one', () => {
		const out = join(work, 'refuse', 'events.json');
		const result = buildEventSet('tests/corpora/dev');
		writeEventSet(result, out);
		const before = written(out);
		const broken = {
			...result,
			eventSet: {
				...result.eventSet,
				events: result.eventSet.events.map((e, i) => (i === 0 ? { ...e, sources: [] } : e))
			}
		};
		expect(() => writeEventSet(broken, out)).toThrow(/every event cites at least one sentence/);
		expect(written(out)).toStrictEqual(before);
	});
});
