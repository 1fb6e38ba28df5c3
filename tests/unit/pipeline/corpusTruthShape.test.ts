/**
 * The hand-made truth files of the shipped corpora must agree with the articles beside them: a
 * truth that names a missing file, or an article the truth forgets, would make the scorer's
 * figures silently wrong (a recall counted against a file nobody can read).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MEMBERS = new Set(['RUS', 'ARM', 'BLR', 'KAZ', 'KGZ', 'TJK']);
const ISO3 = /^[A-Z]{3}$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

type TruthEvent = {
	key: string;
	type: string;
	date: string;
	end?: string;
	countries: string[];
	participation: Record<string, string> | null;
	articles?: string[];
};
type Truth = {
	events: TruthEvent[];
	armenia: { date: string; status: string; article?: string }[];
	negatives: { type: string; date: string; article?: string }[];
	articles: Record<string, { published: string | null; phenomena: string[] }>;
};

describe.each([
	'holdout',
	'holdout2',
	'holdout3',
	'holdout4',
	'holdout5',
	'holdout6',
	'holdout7',
	'holdout8',
	'holdout9',
	'holdout10',
	'holdout11',
	'holdout12',
	'holdout13',
	'holdout14',
	'holdout15',
	'holdout16',
	'holdout17',
	'holdout18',
	'holdout19',
	'holdout20',
	'holdout21',
	'holdout22',
	'holdout25'
])('the %s corpus', (name) => {
	const dir = join('tests/corpora', name);
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort();
	const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
	const metadata = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as Record<
		string,
		unknown
	>;

	it('has metadata and a truth entry for exactly its article files', () => {
		expect(Object.keys(metadata).sort()).toEqual(files);
		expect(Object.keys(truth.articles).sort()).toEqual(files);
	});

	it('cites only articles that exist, in events, status points and negatives', () => {
		const cited = [
			...truth.events.flatMap((e) => e.articles ?? []),
			...truth.armenia.flatMap((a) => (a.article ? [a.article] : [])),
			...truth.negatives.flatMap((n) => (n.article ? [n.article] : []))
		];
		expect(cited.filter((f) => !files.includes(f))).toEqual([]);
	});

	it('gives every event a unique key, a well-formed date that its end does not precede, and known parties', () => {
		expect(new Set(truth.events.map((e) => e.key)).size).toBe(truth.events.length);
		for (const e of truth.events) {
			expect(e.date, e.key).toMatch(DATE);
			if (e.end) expect(e.end >= e.date, e.key).toBe(true);
			for (const c of e.countries) expect(c, e.key).toMatch(ISO3);
			for (const c of Object.keys(e.participation ?? {})) {
				expect(MEMBERS.has(c), `${e.key}: ${c}`).toBe(true);
				expect(e.countries, e.key).toContain(c);
			}
		}
		for (const p of [...truth.armenia, ...truth.negatives]) expect(p.date).toMatch(DATE);
	});
});
