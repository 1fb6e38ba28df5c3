/**
 * The build step on the seed corpus, checked against a reviewed expected result
 * (tests/fixtures/seeds.expected.json): every summit, clash and deployment the seeds state, with
 * its date precision, place, countries, attendance and the articles that cite it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import expected from '../../fixtures/seeds.expected.json';
import { validateEventSet } from '$lib/model/validateEventSet';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { attendanceOf } from './attendanceOf';

const result = buildEventSet('articles');
const set = result.eventSet;

function summary() {
	return {
		events: set.events.map((e) => ({
			id: e.id,
			type: e.type,
			date: e.date,
			title: e.title,
			place: e.place?.name.en ?? null,
			countries: e.countries,
			participation: attendanceOf(e),
			sources: [...new Set(e.sources.map((s) => s.article))].sort()
		})),
		memberStatus: (set.memberStatus['ARM'] ?? []).map((p) => ({
			from: p.from,
			to: p.to ?? null,
			status: p.status,
			chair: p.chair ?? false,
			// The act each sentence behind the period records.
			acts: p.sources.map((s) => s.act)
		}))
	};
}

describe('the build step on the seed corpus', () => {
	it('finds exactly the reviewed events and Armenia status periods', () => {
		expect(summary()).toEqual(expected);
	});

	it('writes a set the schema accepts, every quote equal to its article text at its offsets', () => {
		expect(validateEventSet(set, result.texts)).toEqual([]);
	});

	it('merges the Minsk summit reported by three articles into one event', () => {
		const minsk = set.events.filter((e) => e.type === 'summit' && e.date === '2023-11-23');
		expect(minsk).toHaveLength(1);
		expect(new Set(minsk[0]!.sources.map((s) => s.article))).toEqual(
			new Set(['000_c83bbf3edd4278c7', '001_2dd66c1bbdc4b7f0', '003_252db237d9b5f652'])
		);
	});

	it('never cites the teasers after an article body', () => {
		for (const [id, marker] of [
			['003_252db237d9b5f652', 'اقرأ أيضاً'],
			['004_02e35f8781aecfc0', 'انظر أيضا']
		] as const) {
			const cut = result.texts.get(id)!.indexOf(marker);
			const cited = set.events.flatMap((e) => e.sources).filter((s) => s.article === id);
			expect(cited.length).toBeGreaterThan(0);
			for (const s of cited) expect(s.start).toBeLessThan(cut);
		}
	});

	it('takes publication dates from metadata, the dateline or the text, and says which', () => {
		expect(set.articles.map((a) => [a.id, a.published, a.publishedFrom])).toEqual([
			['000_c83bbf3edd4278c7', null, null],
			['001_2dd66c1bbdc4b7f0', '2023-11-23', 'text'],
			['002_7e73e5d89ee22f4a', '2022-01-10', 'metadata'],
			['003_252db237d9b5f652', '2023-11-23', 'dateline'],
			['004_02e35f8781aecfc0', '2021-09-16', 'metadata']
		]);
	});

	it('reports the disagreement between the editor and the page dateline', () => {
		expect(result.report.diagnostics).toContain(
			'004_02e35f8781aecfc0.txt:1:10: warning: the dateline says 2021-10-28 but metadata.json says 2021-09-16; kept the metadata date. Correct whichever is wrong'
		);
	});

	it('keeps every event id when an unrelated article is added', () => {
		const dir = mkdtempSync(join(tmpdir(), 'csto-ids-'));
		try {
			cpSync('articles', dir, { recursive: true });
			writeFileSync(
				join(dir, '005_unrelated.txt'),
				'أعلنت وزارة الزراعة المصرية اليوم عن زيادة صادرات القمح إلى الأسواق الأفريقية.\n'
			);
			writeFileSync(
				join(dir, '006_other_summit.txt'),
				'عقدت في 14 أكتوبر/تشرين الأول 2022 في أستانا قمة منظمة معاهدة الأمن الجماعي.\n'
			);
			const grown = buildEventSet(dir).eventSet;
			const ids = new Set(grown.events.map((e) => e.id));
			for (const e of set.events) expect(ids.has(e.id)).toBe(true);
			expect(grown.events.length).toBe(set.events.length + 1);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('reads the seed texts byte for byte', () => {
		for (const a of set.articles)
			expect(result.texts.get(a.id)).toBe(readFileSync(join('articles', a.file), 'utf8'));
	});
});
