/**
 * Dates counted from the publication day, dates in a page's address and a wire's yearless
 * dateline: tables of the forms outlets write, and of lookalikes that are not dates.
 */
import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '$lib/pipeline/dates/dateFromUrl';
import {
	datelineDay,
	findAgencyDateline,
	yearOfText
} from '$lib/pipeline/dates/findAgencyDateline';
import { findCountedSpans, resolveCountedSpan } from '$lib/pipeline/dates/findCountedSpans';
import { hijriToGregorian } from '$lib/pipeline/dates/hijriToGregorian';
import { normalize } from '$lib/pipeline/text/normalize';

const counted = (text: string, published: string | null = '2022-09-15') =>
	findCountedSpans(normalize(text).text).map((s) => resolveCountedSpan(s, published));

describe('dates counted from the publication day', () => {
	it.each([
		['منذ يومين', ['2022-09-13']],
		['قبل ثلاثة أيام', ['2022-09-12']],
		['منذ 5 أيام', ['2022-09-10']],
		['وقبل يوم واحد', ['2022-09-14']],
		['قبل أسبوعين', ['2022-09']],
		['قبل أربع سنوات', ['2018']],
		['قبل ثلاث سنوات', ['2019']],
		['منذ 12 يوما', ['2022-09-03']],
		['منذ ثلاثة أسابيع', ['2022-08']],
		['قبل 30 عاما', ['1992']],
		['يوم الخميس من الأسبوع المقبل', ['2022-09-22']],
		['الاثنين من الأسبوع الماضي', ['2022-09-05']],
		['منذ أيام', []],
		['منذ سنوات طويلة', []],
		['قبل القمة', []],
		['قبل يومين من القمة', []],
		['قبل يوم واحد من انعقاد القمة', []],
		['قبل أسبوع على الاشتباكات', []],
		['قبل يومين من الآن', ['2022-09-13']]
	])('%s', (text, expected) => {
		expect(counted(text)).toEqual(expected);
	});

	it('gives no date without a publication day', () => {
		expect(counted('منذ يومين', null)).toEqual([null]);
	});
});

describe('a date in the page address', () => {
	it.each([
		['https://example.org/news/2021/08/23/csto-summit', '2021-08-23'],
		['https://example.org/a/csto-summit-2021-09-16-dushanbe', '2021-09-16'],
		['https://example.org/20220512/article.html', '2022-05-12'],
		['https://example.org/2022/1/8/x', '2022-01-08'],
		['https://example.org/2021/08/slug', '2021-08'],
		['https://example.org/article/20221399', null],
		['https://example.org/id/123456789', null],
		[null, null]
	])('%s', (url, expected) => {
		expect(dateFromUrl(url)).toBe(expected);
	});
});

describe('a wire’s yearless dateline', () => {
	it('finds the day and month of "دوشنبه - 17 - 10 (كونا) --" and places them in the text’s year', () => {
		const text = normalize(
			'دوشنبه - 17 - 10 (كونا) -- انطلقت اليوم الاثنين تدريبات "روبيج-2022" في جنوب البلاد.\nوتجرى التدريبات "الحدود-2022" سنويا.'
		).text;
		const d = findAgencyDateline(text);
		expect(d).toMatchObject({ day: 17, month: 10 });
		expect(yearOfText(text)).toBe(2022);
		expect(datelineDay(d!, 2022, 1)).toBe('2022-10-17');
	});

	it('moves to a neighbouring year only when that one fits the stated weekday', () => {
		expect(datelineDay({ day: 17, month: 10, start: 0, end: 0 }, 2023, 1)).toBe('2022-10-17');
		expect(datelineDay({ day: 17, month: 10, start: 0, end: 0 }, 2023, null)).toBe('2023-10-17');
	});

	it('finds no dateline in a sentence with a score or a range', () => {
		expect(findAgencyDateline(normalize('فاز الفريق 3 - 1 على منافسه.').text)).toBeNull();
	});
});

describe('a Hijri day', () => {
	it.each([
		[1444, 4, 29, '2022-11-23'],
		[1445, 5, 10, '2023-11-24'],
		[1444, 13, 1, null],
		[1444, 4, 31, null]
	])('%i-%i-%i on the Umm al-Qura calendar is %s', (y, m, d, expected) => {
		expect(hijriToGregorian(y, m, d)).toBe(expected);
	});
});
