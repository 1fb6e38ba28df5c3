/**
 * A rebuild that takes everything it can from the last build (cached extractions, the ids and
 * the generation record it kept) writes byte for byte what a clean build (`--no-cache`, the ids
 * parsed from the file, every old text compared by its bytes) writes over the same previous
 * output: after an article is added, after an edit that moves its event to another month or keeps
 * it in its own, after one is removed, after an article whose event joins one another article
 * reports, and after a near copy of an article. Articles chosen by seeded draws. (The cases an
 * incremental merge must pass: an event's group changes within its bucket, across buckets, and by
 * another article's candidate.)
 */
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventSet } from '$lib/model/schema';
import { seededRandom } from '$lib/model/seededRandom';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { ExtractionCache } from '$lib/pipeline/cache/extractionCache';
import { readPreviousEvents } from '$lib/pipeline/io/readPreviousEvents';
import { writeEventSet } from '$lib/pipeline/writeEventSet';

const work = mkdtempSync(join(tmpdir(), 'csto-rebuild-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DEV = 'tests/corpora/dev';
const HOLDOUT = 'tests/corpora/holdout';
const texts = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt'));

/** Every file under `dir`, by its path inside it. */
function tree(dir: string): Map<string, Buffer> {
	const out = new Map<string, Buffer>();
	for (const name of readdirSync(dir, { recursive: true }) as string[]) {
		const path = join(dir, name);
		if (statSync(path).isFile()) out.set(relative(dir, path), readFileSync(path));
	}
	return out;
}

type Change = (corpus: string, draw: () => number) => void;
/** The article the edit cases changed, and the one the joining case added. */
const edited = { id: '' };
const added = { id: '' };
/** The months of the events an article is cited by. */
const monthsOf = (json: string, article: string) =>
	(JSON.parse(json) as EventSet).events
		.filter((e) => e.sources.some((s) => s.article === article))
		.map((e) => e.date.slice(0, 7))
		.sort();
const pick = (list: string[], draw: () => number) => list[Math.floor(draw() * list.length)]!;

const changes: [string, Change][] = [
	[
		'an article added',
		(corpus, draw) => {
			const file = pick(texts(HOLDOUT), draw);
			cpSync(join(HOLDOUT, file), join(corpus, `added_${file}`));
		}
	],
	[
		'an edit that moves an event to another month',
		(corpus, draw) => {
			// Articles whose event is dated by the month named in their text.
			const [file, from, to] = pick(['b07.txt|سبتمبر|أغسطس', 'b24.txt|نوفمبر|أكتوبر'], draw).split(
				'|'
			);
			edited.id = file!.replace('.txt', '');
			const path = join(corpus, file!);
			writeFileSync(path, readFileSync(path, 'utf8').replaceAll(from!, to!));
		}
	],
	[
		'an edit that keeps its events in their month',
		(corpus, draw) => {
			const file = pick(['a01.txt', 'a02.txt', 'b01.txt'], draw);
			edited.id = file.replace('.txt', '');
			const path = join(corpus, file);
			writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\nتابعوا التفاصيل لاحقا.\n`);
		}
	],
	['an article removed', (corpus, draw) => rmSync(join(corpus, pick(texts(corpus), draw)))],
	[
		'an article whose event joins one another article reports',
		(corpus, draw) => {
			// Each reports one event a dev article reports too (a clash, a summit, deployments).
			const file = pick(['h01.txt', 'h12.txt', 'h16.txt', 'h27.txt'], draw);
			added.id = `added_${file.replace('.txt', '')}`;
			cpSync(join(HOLDOUT, file), join(corpus, `added_${file}`));
		}
	],
	[
		'a near copy of an article',
		(corpus, draw) => {
			const file = pick(texts(corpus), draw);
			const text = readFileSync(join(corpus, file), 'utf8');
			writeFileSync(join(corpus, `copy_${file}`), `${text.trimEnd()}\nتابعوا التفاصيل لاحقا.\n`);
		}
	]
];

describe('a rebuild from the last build’s records', () => {
	it.each(changes.flatMap(([what, change]) => [1, 2].map((seed) => [what, seed, change] as const)))(
		'writes what a clean build writes after %s (seed %i)',
		(what, seed, change) => {
			const dir = mkdtempSync(join(work, 'case-'));
			const corpus = join(dir, 'articles');
			cpSync(DEV, corpus, { recursive: true });
			const cacheFile = join(dir, 'cache.bin');
			const [warm, clean] = [join(dir, 'warm'), join(dir, 'clean')];
			const out = (root: string) => join(root, 'data', 'events.json');
			const report = (root: string) => join(root, 'report.json');

			const first = new ExtractionCache(cacheFile, 'rules');
			writeEventSet(buildEventSet(corpus, { cache: first }), out(warm), {
				corpus,
				report: report(warm),
				store: first
			});
			first.save();
			cpSync(warm, clean, { recursive: true });
			const before = readFileSync(out(warm), 'utf8');

			change(corpus, seededRandom(seed));

			const cache = new ExtractionCache(cacheFile, 'rules');
			const previous = readPreviousEvents(out(warm), cache);
			writeEventSet(buildEventSet(corpus, { cache, previous }), out(warm), {
				corpus,
				report: report(warm),
				store: cache
			});
			expect(cache.hits).toBeGreaterThan(40);
			// The clean build: no cache, no records; the ids parsed from its own copy of the file.
			writeEventSet(
				buildEventSet(corpus, { previous: readPreviousEvents(out(clean)) }),
				out(clean),
				{ corpus, report: report(clean) }
			);
			expect(readFileSync(out(warm), 'utf8')).not.toBe(before);
			const after = readFileSync(out(warm), 'utf8');
			if (what.startsWith('an edit that moves')) {
				// The edit does move an event: the edited article's events are in other months now.
				expect(monthsOf(after, edited.id)).not.toEqual(monthsOf(before, edited.id));
			}
			if (what.startsWith('an edit that keeps')) {
				expect(monthsOf(before, edited.id).length).toBeGreaterThan(0);
				expect(monthsOf(after, edited.id)).toEqual(monthsOf(before, edited.id));
			}
			if (what.startsWith('an article whose event joins')) {
				// One of its events is also another article's.
				const { events } = JSON.parse(after) as EventSet;
				const joined = events.filter(
					(e) =>
						e.sources.some((s) => s.article === added.id) &&
						e.sources.some((s) => s.article !== added.id)
				);
				expect(joined.length).toBeGreaterThan(0);
			}
			if (what.startsWith('a near copy')) {
				const { diagnostics } = JSON.parse(readFileSync(report(warm), 'utf8')) as {
					diagnostics: string[];
				};
				expect(diagnostics.some((d) => /copy_.*nearly the same text/.test(d))).toBe(true);
			}
			const [a, b] = [tree(warm), tree(clean)];
			expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
			for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
		}
	);
});
