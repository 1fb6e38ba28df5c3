/**
 * The extraction cache and the parallel build: a build that reuses cached extractions, or spreads
 * them over threads, writes exactly what a clean one-thread build writes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	buildEventSet,
	buildEventSetParallel,
	type BuildResult
} from '$lib/pipeline/buildEventSet';
import { ExtractionCache } from '$lib/pipeline/cache/extractionCache';
import { rulesVersion } from '$lib/pipeline/cache/rulesVersion';
import { DiagnosticSink } from '$lib/pipeline/diagnostics';
import { extractOne } from '$lib/pipeline/extract/extractOne';
import { readCorpus } from '$lib/pipeline/io/readCorpus';
import { extractInParallel, startWorkers } from '$lib/pipeline/parallel/extractInParallel';

const DEV = 'tests/corpora/dev';
let dir: string;
let corpus: string;
let file: string;

/** Everything a build gives that ends up in a file or on the terminal. */
const output = (r: BuildResult) =>
	JSON.stringify([r.eventSet, r.aliases, [...r.texts], r.report, r.diagnostics]);

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'csto-cache-'));
	corpus = join(dir, 'articles');
	cpSync(DEV, corpus, { recursive: true });
	file = join(dir, 'cache', 'extractions.bin');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the extraction cache', () => {
	it('gives a second build every article from the cache and the same output as a clean build', () => {
		const clean = buildEventSet(corpus);
		const first = new ExtractionCache(file, 'rules-a');
		buildEventSet(corpus, { cache: first });
		expect(first.hits).toBe(0);
		expect(first.save()).toBe(true);

		const second = new ExtractionCache(file, 'rules-a');
		const warm = buildEventSet(corpus, { cache: second });
		expect(second.misses).toBe(0);
		expect(second.hits).toBe(clean.report.corpus.articles);
		expect(output(warm)).toBe(output(clean));
	});

	it('extracts an edited article again and takes the others from the cache', () => {
		const cache = new ExtractionCache(file, 'rules-a');
		buildEventSet(corpus, { cache });
		cache.save();
		const path = join(corpus, 'a01.txt');
		writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/, '\nسطر أضيف للتجربة.\n'));

		const again = new ExtractionCache(file, 'rules-a');
		const warm = buildEventSet(corpus, { cache: again });
		expect(again.misses).toBe(1);
		expect(output(warm)).toBe(output(buildEventSet(corpus)));
	});

	it('does not use what other rules extracted', () => {
		const cache = new ExtractionCache(file, 'rules-a');
		buildEventSet(corpus, { cache });
		cache.save();
		const other = new ExtractionCache(file, 'rules-b');
		buildEventSet(corpus, { cache: other });
		expect(other.hits).toBe(0);
	});

	it.each([
		['garbage', Buffer.from('not a cache at all')],
		['an empty file', Buffer.alloc(0)],
		['a JSON file', Buffer.from('{"format":1,"rules":"rules-a","entries":{}}')],
		[
			'an older format’s file',
			serialize({ format: 1, rules: 'rules-a', entries: new Map([['k', serialize({})]]) })
		]
	])('reads %s as an empty cache and builds as usual', (_, bytes) => {
		const cache = new ExtractionCache(file, 'rules-a');
		buildEventSet(corpus, { cache });
		cache.save();
		writeFileSync(file, bytes);
		const damaged = new ExtractionCache(file, 'rules-a');
		const result = buildEventSet(corpus, { cache: damaged });
		expect(damaged.hits).toBe(0);
		expect(output(result)).toBe(output(buildEventSet(corpus)));
	});

	it('keeps each file’s near-duplicate signature, and a warm build reads no text to make one', () => {
		const first = new ExtractionCache(file, 'rules-a');
		const clean = buildEventSet(corpus, { cache: first });
		first.save();
		const warm = new ExtractionCache(file, 'rules-a');
		const asked: (Uint32Array | null | undefined)[] = [];
		const signature = warm.signature.bind(warm);
		warm.signature = (digest) => {
			const kept = signature(digest);
			asked.push(kept);
			return kept;
		};
		const result = buildEventSet(corpus, { cache: warm });
		expect(asked).toHaveLength(clean.report.corpus.articles);
		expect(asked.every((s) => s !== undefined)).toBe(true);
		expect(output(result)).toBe(output(clean));
	});

	it('hands out a fresh copy each time, so a build that changes its input cannot change the cache', () => {
		const cache = new ExtractionCache(file, 'rules-a');
		cache.set('k', { extraction: null, diagnostics: [] });
		const a = cache.get('k')!;
		a.diagnostics.push({ file: 'x', line: 1, col: 1, severity: 'error', message: 'changed' });
		expect(cache.get('k')!.diagnostics).toEqual([]);
	});

	it('keeps the ids of the event set written last, for its rules only', () => {
		const known = {
			path: '/x/events.json',
			stamp: '1:2:3:4:5',
			set: { events: [{ id: 'e', articles: ['a'] }], generation: '0123456789abcdef' }
		};
		const cache = new ExtractionCache(file, 'rules-a');
		expect(cache.previousSet()).toBeNull();
		cache.keepPreviousSet(known);
		cache.save();
		expect(new ExtractionCache(file, 'rules-a').previousSet()).toStrictEqual(known);
		expect(new ExtractionCache(file, 'rules-b').previousSet()).toBeNull();
	});

	it('keeps only the articles the last build used', () => {
		const cache = new ExtractionCache(file, 'rules-a');
		buildEventSet(corpus, { cache });
		cache.save();
		rmSync(join(corpus, 'a02.txt'));
		const next = new ExtractionCache(file, 'rules-a');
		buildEventSet(corpus, { cache: next });
		next.save();
		const last = new ExtractionCache(file, 'rules-a');
		cpSync(join(DEV, 'a02.txt'), join(corpus, 'a02.txt'));
		buildEventSet(corpus, { cache: last });
		expect(last.misses).toBe(1);
	});
});

describe('the rules version', () => {
	it('is a stable hash of the build step’s sources', () => {
		const v = rulesVersion();
		expect(v).toMatch(/^[0-9a-f]{32}$/);
		expect(rulesVersion()).toBe(v);
	});
});

describe('the parallel build', () => {
	it('writes byte for byte what a one-thread build writes', async () => {
		const one = buildEventSet(corpus);
		const three = await buildEventSetParallel(corpus, { threads: 3, minParallel: 0 });
		expect(output(three)).toBe(output(one));
	});

	it('fills the cache as a one-thread build does', async () => {
		const cache = new ExtractionCache(file, 'rules-a');
		await buildEventSetParallel(corpus, { threads: 2, minParallel: 0, cache });
		cache.save();
		const warm = new ExtractionCache(file, 'rules-a');
		const result = await buildEventSetParallel(corpus, { threads: 2, minParallel: 0, cache: warm });
		expect(warm.misses).toBe(0);
		expect(output(result)).toBe(output(buildEventSet(corpus)));
	});
});

describe('the extraction workers', () => {
	it('extract in a worker thread exactly what this thread extracts', async () => {
		const sink = new DiagnosticSink();
		const articles = readCorpus(corpus, sink);
		let chunks = 0;
		const there = await extractInParallel(articles, startWorkers(2), {
			here: false,
			onWorkerChunk: () => chunks++
		});
		expect(chunks).toBeGreaterThan(0);
		expect(JSON.stringify(there)).toBe(JSON.stringify(articles.map(extractOne)));
	});

	it('leave the work to this thread when a worker cannot start', async () => {
		const sink = new DiagnosticSink();
		const articles = readCorpus(corpus, sink).slice(0, 5);
		const workers = startWorkers(1);
		await workers[0]!.worker.terminate();
		const results = await extractInParallel(articles, workers, { here: false });
		expect(results).toHaveLength(5);
		expect(JSON.stringify(results)).toBe(JSON.stringify(articles.map(extractOne)));
	});
});
