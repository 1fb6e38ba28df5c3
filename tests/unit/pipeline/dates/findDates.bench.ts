/**
 * Throughput of the date grammar on article-sized text: `npx vitest bench tests/unit/pipeline/dates --run`.
 * The build step's budget is 2,000 articles of ~5 KB per second on one core for everything;
 * these figures say how much of it dates take. Printed only, never asserted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { normalize } from '$lib/pipeline/text/normalize';
import { findDates } from '$lib/pipeline/dates/findDates';
import { findDateline } from '$lib/pipeline/dates/findDateline';
import { resolveDate } from '$lib/pipeline/dates/resolveDate';

const dir = fileURLToPath(new URL('../../../../articles/', import.meta.url));
const corpus = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => normalize(readFileSync(dir + f, 'utf8')).text)
	.join('\n');
// Ten 5,000-character articles cut from the seed corpus, repeated as needed.
const articles: string[] = [];
for (let i = 0; articles.length < 10; i += 3_001) {
	const from = i % corpus.length;
	articles.push((corpus + corpus).slice(from, from + 5_000));
}

describe('dates on ten 5 KB articles', () => {
	bench('findDates', () => {
		for (const a of articles) findDates(a);
	});
	bench('findDateline', () => {
		for (const a of articles) findDateline(a);
	});
	bench('findDates + resolveDate', () => {
		for (const a of articles)
			for (const m of findDates(a)) resolveDate(m, { published: '2023-11-23' });
	});
});
