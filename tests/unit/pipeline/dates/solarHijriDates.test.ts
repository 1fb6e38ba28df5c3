/**
 * Solar Hijri (Persian) dates as Iranian outlets' Arabic pages write them: Persian or
 * Arabic-Indic digits, Persian or Arabic ye, a weekday before, a clock time after, "ماه" and
 * "هـ.ش", year first. A Solar Hijri month is a date only with a day before it and a year of
 * 1300–1499 after it; the sentences here are written for these rules, not taken from a corpus.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { findDateline } from '$lib/pipeline/dates/findDateline';
import { resolveDate } from '$lib/pipeline/dates/resolveDate';
import { solarHijriToGregorian } from '$lib/pipeline/dates/solarHijriToGregorian';
import { normalize } from '$lib/pipeline/text/normalize';
import { find, one } from './helpers';

const iso = (m: { year: number | null; month: number | null; day: number | null }) =>
	m.year === null || m.month === null || m.day === null
		? null
		: `${m.year}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`;

/** The Persian calendar's reading of a Gregorian day, by the platform's Intl (ICU). */
const PERSIAN = new Intl.DateTimeFormat('en-u-ca-persian', {
	day: 'numeric',
	month: 'numeric',
	year: 'numeric',
	timeZone: 'UTC'
});
function persianOf(day: string): [number, number, number] {
	const parts = PERSIAN.formatToParts(new Date(`${day}T12:00:00Z`));
	const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
	return [get('year'), get('month'), get('day')];
}

describe('a Solar Hijri date in the text', () => {
	it.each([
		// [what, raw text, the date's raw characters, solar y/m/d, Gregorian day]
		[
			'with Persian digits and a clock time after it',
			'۸ بهمن ۱۴۰۰ - ۱۰:۲۰',
			'۸ بهمن ۱۴۰۰',
			[1400, 11, 8],
			'2022-01-28'
		],
		[
			'with Arabic-Indic digits',
			'وصل يوم ١٢ اسفند ١٤٠٠ إلى دوشنبه',
			'١٢ اسفند ١٤٠٠',
			[1400, 12, 12],
			'2022-03-03'
		],
		[
			'with ASCII digits and the Arabic ye',
			'في 26 شهريور 1400 انعقدت',
			'26 شهريور 1400',
			[1400, 6, 26],
			'2021-09-17'
		],
		[
			'with the Persian ye',
			'في ۲۶ شهریور ۱۴۰۰ انعقدت',
			'۲۶ شهریور ۱۴۰۰',
			[1400, 6, 26],
			'2021-09-17'
		],
		[
			'Farvardin with the Persian ye',
			'۱ فروردین ۱۴۰۲',
			'۱ فروردین ۱۴۰۲',
			[1402, 1, 1],
			'2023-03-21'
		],
		[
			'Farvardin with the Arabic ye',
			'1 فروردين 1402',
			'1 فروردين 1402',
			[1402, 1, 1],
			'2023-03-21'
		],
		[
			'Ordibehesht with the Persian ye',
			'۱۰ اردیبهشت ۱۴۰۱',
			'۱۰ اردیبهشت ۱۴۰۱',
			[1401, 2, 10],
			'2022-04-30'
		],
		[
			'Dey with the Persian ye, "ماه" and the solar era',
			'۱۰ دی ماه ۱۴۰۰ هـ.ش',
			'۱۰ دی ماه ۱۴۰۰ هـ.ش',
			[1400, 10, 10],
			'2021-12-31'
		],
		['Dey with the Arabic ye', '10 دي 1400', '10 دي 1400', [1400, 10, 10], '2021-12-31'],
		['Mordad spelled امرداد', '۵ امرداد ۱۴۰۱', '۵ امرداد ۱۴۰۱', [1401, 5, 5], '2022-07-27'],
		[
			'Azar with a solar year, not the Levantine March',
			'۲ آذر ۱۴۰۱',
			'۲ آذر ۱۴۰۱',
			[1401, 9, 2],
			'2022-11-23'
		],
		[
			'Mehr with a day and a solar year',
			'في 15 مهر 1401',
			'15 مهر 1401',
			[1401, 7, 15],
			'2022-10-07'
		],
		[
			'year first, with Persian digits',
			'تاريخ: ۱۴۰۰/۱۱/۰۸',
			'۱۴۰۰/۱۱/۰۸',
			[1400, 11, 8],
			'2022-01-28'
		],
		[
			'year first, with the solar era after it',
			'1401/09/02 هـ.ش',
			'1401/09/02 هـ.ش',
			[1401, 9, 2],
			'2022-11-23'
		]
	])('is read %s', (_, raw, cited, [y, m, d], day) => {
		const found = one(raw);
		expect(found.raw).toBe(cited);
		expect(found.solar).toEqual({ year: y, month: m, day: d });
		expect(found.calendar).toBe('gregorian');
		expect(iso(found)).toBe(day);
		expect(found.problems).toEqual([]);
		expect(persianOf(day)).toEqual([y, m, d]);
	});

	it('joins the weekday before it and checks it against the Gregorian day', () => {
		const right = one('الأربعاء ۲۲ تیر ۱۴۰۱');
		expect(right.raw).toBe('الأربعاء ۲۲ تیر ۱۴۰۱');
		expect([iso(right), right.weekday, right.problems]).toEqual(['2022-07-13', 3, []]);
		// 26 Shahrivar 1400 was a Friday.
		const wrong = one('السبت 26 شهريور 1400');
		expect(iso(wrong)).toBe('2021-09-17');
		expect(wrong.problems).toEqual(['The text says Saturday but 2021-09-17 is a Friday.']);
	});

	it('keeps a range of two days when both fall in one Gregorian month', () => {
		const r = one('يومي ۲۲ و۲۳ تیر ۱۴۰۱');
		expect([iso(r), r.endDay]).toEqual(['2022-07-13', 14]);
	});

	it('keeps a day the Solar Hijri calendar does not have, with a problem, and moves it nowhere', () => {
		const m = one('31 مهر 1400');
		expect(m.solar).toEqual({ year: 1400, month: 7, day: 31 });
		expect([m.year, m.month, m.day]).toEqual([null, null, null]);
		expect(m.problems).toEqual(['31 Mehr 1400 does not exist in the Solar Hijri calendar.']);
		const r = resolveDate(m, { published: '2021-10-20' });
		expect(r.date).toBeNull();
	});

	it('says in the resolver how it was read', () => {
		const r = resolveDate(one('۸ بهمن ۱۴۰۰'), { published: null });
		expect(r).toMatchObject({
			date: '2022-01-28',
			precision: 'day',
			how: 'the Solar Hijri 8 Bahman 1400, converted'
		});
	});
});

describe('what is not a Solar Hijri date', () => {
	it.each([
		['"مهر" as a word (a dowry) before a number', 'طالبت بمهر قدره 1400 دينار'],
		['"مهر" as a word with a sum after it', 'دفع مهر العروس 1400 دينار'],
		['a day and a month without a year', 'بحث الوزيران في دوشنبه يوم ۶ بهمن سبل التعاون'],
		['a month and a solar year without a day', 'في بهمن ۱۴۰۰ تصاعد التوتر'],
		['"آذر" with a solar year and no day (neither March nor Azar)', 'في آذر 1400 تصاعد التوتر'],
		['"آذر" with a solar year after an ordinal day', 'في الأول من آذر 1400'],
		['a year before 1300', '8 بهمن 1299'],
		['a year after 1499', '8 بهمن 1500'],
		['a Gregorian year after a Solar Hijri month', '8 بهمن 2022'],
		['a word that begins like a month', 'افتتح 8 مهرجانات 1400 زائر']
	])('%s', (_, raw) => {
		// No mention of a month or day at all: a bare number may still be a count.
		expect(find(raw).filter((m) => m.solar !== null || m.month !== null)).toEqual([]);
	});

	it('reads "آذر" with a Gregorian year as the Levantine March', () => {
		const month = one('في آذر 2021 وقعت الاتفاقية');
		expect([month.year, month.month, month.day, month.solar]).toEqual([2021, 3, null, null]);
		const day = one('15 آذر 2021');
		expect([iso(day), day.solar]).toEqual(['2021-03-15', null]);
	});

	it('reads a year-first date with the lunar era marker as a Hijri date', () => {
		const m = one('1443/06/25 هـ');
		expect(m.calendar).toBe('hijri');
		expect(m.hijri).toEqual({ year: 1443, month: 6, day: 25 });
		expect([m.year, m.solar]).toEqual([null, null]);
	});

	it('leaves a Gregorian year-first date Gregorian', () => {
		const m = one('2022/01/28');
		expect([iso(m), m.solar]).toEqual(['2022-01-28', null]);
	});
});

describe('solarHijriToGregorian against the platform’s Persian calendar', () => {
	// The first and last day of every month of the atlas's years, and each converted back by Intl.
	const days: [number, number, number][] = [];
	for (const year of [1399, 1400, 1401, 1402])
		for (let month = 1; month <= 12; month++) {
			const last = month <= 6 ? 31 : month <= 11 ? 30 : year === 1399 ? 30 : 29;
			days.push([year, month, 1], [year, month, last]);
		}
	it.each(days)('places %i/%i/%i on the day Intl reads back as it', (y, m, d) => {
		const day = solarHijriToGregorian(y, m, d);
		expect(day).not.toBeNull();
		expect(persianOf(day!)).toEqual([y, m, d]);
	});
});

describe('a Solar Hijri dateline', () => {
	const dateline = (raw: string) => findDateline(normalize(raw).text);

	it('dates a page whose only date is a Persian header', () => {
		const d = dateline('بارس اليوم | آسيا\n\nعنوان الخبر\n\n۸ بهمن ۱۴۰۰ - ۱۰:۲۰\n\nنص الخبر.');
		expect(d).toMatchObject({ date: '2022-01-28', form: 'date-line' });
	});

	it('dates a page by a labelled year-first header', () => {
		expect(dateline('تاريخ النشر: ۱۴۰۱/۰۹/۰۲\nعنوان')).toMatchObject({
			date: '2022-11-23',
			form: 'labelled'
		});
	});

	it('gives way to the Gregorian date beside it', () => {
		// A day apart on purpose: the Gregorian date is the one taken.
		const d = dateline('تاريخ النشر: الخميس ۱۴ مرداد ۱۴۰۰ - ۶ آب/أغسطس ۲۰۲۱ - ۱۸:۲۰\nعنوان');
		expect(d?.date).toBe('2021-08-06');
	});
});

describe('events dated by a Solar Hijri date', () => {
	function build(text: string, published: string | null) {
		const dir = mkdtempSync(join(tmpdir(), 'csto-solar-'));
		try {
			writeFileSync(join(dir, 'a.txt'), text + '\n');
			writeFileSync(
				join(dir, 'metadata.json'),
				JSON.stringify({ 'a.txt': { outlet: null, url: null, published, note: null } })
			);
			return buildEventSet(dir).eventSet.events.map((e) => [e.type, e.date, e.countries]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}

	it('takes the publication day from a Persian header, and "أمس" from it', () => {
		const text = [
			'وكالة أنباء | آسيا الوسطى',
			'',
			'اشتباك حدودي بين قرغيزستان وطاجيكستان',
			'',
			'۱۵ مهر ۱۴۰۱ - ۰۹:۳۰',
			'',
			'اندلعت اشتباكات مسلحة على الحدود بين قيرغيزستان وطاجيكستان أمس.'
		].join('\n');
		expect(build(text, null)).toEqual([['clash', '2022-10-06', ['KGZ', 'TJK']]]);
	});

	it('dates a sentence by a full Solar Hijri date in the body', () => {
		const text = 'اندلعت اشتباكات مسلحة على الحدود بين قيرغيزستان وطاجيكستان في ۲۳ شهریور ۱۴۰۱.';
		expect(build(text, '2022-10-01')).toEqual([['clash', '2022-09-14', ['KGZ', 'TJK']]]);
	});
});
