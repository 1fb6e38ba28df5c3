/**
 * A rebuild that takes everything it can from the last build (cached extractions, the ids and
 * the generation record it kept) writes byte for byte what a clean build (`--no-cache`, the ids
 * parsed from the file, every old text compared by its bytes) writes over the same previous
 * output: after an article is added, after an edit that moves its event to another month, after
 * one is removed. Articles chosen by seeded draws.
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
/** The article the edit case changed. */
const edited = { id: '' };
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
	['an article removed', (corpus, draw) => rmSync(join(corpus, pick(texts(corpus), draw)))]
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
			if (what.startsWith('an edit')) {
				// The edit does move an event: the edited article's events are in other months now.
				const months = (json: string) =>
					(JSON.parse(json) as EventSet).events
						.filter((e) => e.sources.some((s) => s.article === edited.id))
						.map((e) => e.date.slice(0, 7))
						.sort();
				expect(months(readFileSync(out(warm), 'utf8'))).not.toEqual(months(before));
			}
			const [a, b] = [tree(warm), tree(clean)];
			expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
			for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
		}
	);
});
