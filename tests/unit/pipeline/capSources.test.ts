import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { capSources, MAX_SOURCES } from '$lib/pipeline/merge/capSources';

const src = (article: string, start: number, quote: string) => ({
	article,
	start,
	end: start + quote.length,
	quote
});
const SUMMIT =
	'انعقدت اليوم الخميس 23 نوفمبر/تشرين الثاني 2023 في مينسك قمة منظمة معاهدة الأمن الجماعي';

describe('capSources', () => {
	it.each([
		['no sources', [], 0, 0, 0],
		['one quote repeated in one article', [src('a', 0, 'x'), src('a', 5, 'x')], 1, 1, 0],
		['one quote in two outlets', [src('a', 0, 'x y'), src('b', 9, 'x  y')], 1, 1, 0],
		['distinct quotes under the cap', [src('a', 0, 'x'), src('b', 0, 'y')], 2, 0, 0],
		[
			'distinct quotes over the cap',
			Array.from({ length: MAX_SOURCES + 3 }, (_, i) => src('a', i * 10, `q${i}`)),
			MAX_SOURCES,
			0,
			3
		]
	])('keeps %s as expected', (_, sources, kept, duplicates, overCap) => {
		const r = capSources(sources);
		expect([r.kept.length, r.duplicates, r.overCap]).toEqual([kept, duplicates, overCap]);
	});

	it('keeps the first of each quote, in the order given', () => {
		const r = capSources([src('b', 0, 'x'), src('a', 0, 'y'), src('a', 9, 'x')]);
		expect(r.kept.map((s) => s.article + s.start)).toEqual(['b0', 'a0']);
	});
});

describe('an event told many times over', () => {
	it('cites a repeated sentence once and counts the rest in the report', () => {
		const dir = mkdtempSync(join(tmpdir(), 'csto-repeat-'));
		try {
			writeFileSync(join(dir, 'wire.txt'), `${SUMMIT}.\n`.repeat(400));
			for (let i = 0; i < 30; i++)
				writeFileSync(join(dir, `outlet${i}.txt`), `${SUMMIT}، بحسب المصدر رقم ${i + 1}.\n`);
			const r = buildEventSet(dir);
			const summit = r.eventSet.events.find((e) => e.id.startsWith('2023-11-23-summit'))!;
			expect(new Set(summit.sources.map((s) => s.quote)).size).toBe(summit.sources.length);
			expect(summit.sources.length).toBeLessThanOrEqual(MAX_SOURCES);
			const left = r.report.sourcesLeftOut.find((x) => x.event === summit.id)!;
			expect(left.duplicates).toBeGreaterThanOrEqual(399);
			expect(left.overCap).toBeGreaterThan(0);
			expect(JSON.stringify(r.eventSet).length).toBeLessThan(40_000);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
