/**
 * A floor under the build step's score on the development corpus (tests/corpora/dev) and on the
 * corpus written later in other outlets' manner (tests/corpora/holdout), scored by the shared
 * scorer: the figures are measured by `npm run score:dev` and `npm run score:holdout`; this only
 * stops them falling below what was reached.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventSet } from '$lib/pipeline/buildEventSet';

function score(corpus: string) {
	const dir = mkdtempSync(join(tmpdir(), 'csto-dev-'));
	try {
		const out = join(dir, 'events.json');
		writeFileSync(out, JSON.stringify(buildEventSet(corpus).eventSet));
		const json = execFileSync(
			process.execPath,
			['tests/corpora/eval/score-events.mjs', out, join(corpus, 'truth.json'), corpus, '--json'],
			{ encoding: 'utf8' }
		);
		return JSON.parse(json) as Record<string, number | string>;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const ratio = (s: string | number) => {
	const [a, b] = String(s).split('/').map(Number);
	return a! / b!;
};

describe.each([
	['the development corpus', 'tests/corpora/dev'],
	['the corpus in other outlets’ manner', 'tests/corpora/holdout']
])('the build step on %s', (_, corpus) => {
	const r = score(corpus);
	it('keeps F1 and precision at or above the floor reached', () => {
		expect(r['f1']).toBeGreaterThanOrEqual(0.95);
		expect(r['precision']).toBeGreaterThanOrEqual(0.95);
	});
	it('keeps Armenia’s status right at nine dated points in ten or more', () => {
		expect(ratio(r['armeniaStatus']!)).toBeGreaterThanOrEqual(0.9);
	});
	it('keeps attendance right for nine members in ten or more', () => {
		expect(ratio(r['attendance']!)).toBeGreaterThanOrEqual(0.9);
		expect(ratio(r['exactDayDates']!)).toBeGreaterThanOrEqual(0.9);
	});
	it('cites every quote exactly', () => {
		expect(ratio(r['quotes']!)).toBe(1);
	});
});
