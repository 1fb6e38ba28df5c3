/**
 * The five seed articles, end to end: every date mention, its resolution against the editor's
 * publication date (or the dateline when there is none), and the date line itself.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalize } from '$lib/pipeline/text/normalize';
import { findDates } from '$lib/pipeline/dates/findDates';
import { findDateline } from '$lib/pipeline/dates/findDateline';
import { resolveDate } from '$lib/pipeline/dates/resolveDate';

const dir = fileURLToPath(new URL('../../../../articles/', import.meta.url));
const metadata = JSON.parse(readFileSync(dir + 'metadata.json', 'utf8')) as Record<
	string,
	{ published: string | null }
>;

function read(file: string) {
	const text = normalize(readFileSync(dir + file, 'utf8')).text;
	const line = findDateline(text);
	const published = metadata[file]?.published ?? line?.date ?? null;
	const dates = findDates(text).map((m) => {
		const r = resolveDate(m, { published });
		return [text.slice(m.start, m.end), r.date, r.problems.length];
	});
	return { line, dates };
}

describe('the seed corpus', () => {
	it('dates 000 (no dateline, no year next to 23 November) only where the text allows', () => {
		const { line, dates } = read('000_c83bbf3edd4278c7.txt');
		expect(line).toBeNull();
		expect(dates).toEqual([
			['23 نوفمبر/تشرين الثاني', null, 1],
			['23 نوفمبر/تشرين الثاني', null, 1],
			['اوايل العقد الاول من القرن الحادي والعشرين', '2000', 0],
			['هذا العام', null, 1],
			['23 نوفمبر/تشرين الثاني', null, 1],
			['مايو/ايار 2021', '2021-05', 0],
			['سبتمبر/ايلول 2022', '2022-09', 0]
		]);
	});

	it('dates 001 from its own "today, Thursday 23 November 2023"', () => {
		const { line, dates } = read('001_2dd66c1bbdc4b7f0.txt');
		expect(line).toMatchObject({ date: '2023-11-23', form: 'today-stated' });
		expect(dates).toEqual([
			['هذا العام', '2023', 0],
			['اليوم الخميس 23 نوفمبر/تشرين الثاني 2023', '2023-11-23', 0],
			['نهايه العام', '2023', 0]
		]);
	});

	it('dates 002 "today, Monday" from the editor\'s 2022-01-10 and ignores the counts', () => {
		const { line, dates } = read('002_7e73e5d89ee22f4a.txt');
		expect(line).toBeNull();
		expect(dates).toEqual([['اليوم الاثنين', '2022-01-10', 0]]);
	});

	it('dates 003 from its labelled English dateline and flags the teaser\'s "today, Tuesday"', () => {
		const { line, dates } = read('003_252db237d9b5f652.txt');
		expect(line).toMatchObject({ date: '2023-11-23', form: 'labelled', label: 'published' });
		expect(dates).toEqual([
			['23rd, november 2023', '2023-11-23', 0],
			['اليوم /الخميس', '2023-11-23', 0],
			['اليوم الثلاثاء', '2023-11-23', 1],
			['مايو (ايار) الماضي', '2023-05', 0],
			['سبتمبر (ايلول) 2022', '2022-09', 0]
		]);
	});

	it("reads 004's glued page stamp and dates the session from the editor's 2021-09-16", () => {
		const { line, dates } = read('004_02e35f8781aecfc0.txt');
		expect(line).toMatchObject({ date: '2021-10-28', form: 'date-line' });
		expect(dates).toEqual([
			['28 اكتوبر/ تشرين الاول 2021', '2021-10-28', 0],
			['اليوم الخميس', '2021-09-16', 0],
			['يوم الثلاثاء', '2021-09-14', 0],
			['هذا الاسبوع', '2021-09-12', 0]
		]);
	});
});
