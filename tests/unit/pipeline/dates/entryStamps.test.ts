import { describe, expect, it } from 'vitest';
import { findDates } from '$lib/pipeline/dates/findDates';
import { findEntryStamps, stampAt } from '$lib/pipeline/dates/entryStamps';
import { normalize } from '$lib/pipeline/text/normalize';

const stamps = (text: string) => {
	const norm = normalize(text).text;
	return findEntryStamps(norm, findDates(norm)).map((s) => s.date);
};

describe('a live page’s entry stamps', () => {
	it.each([
		[
			'day/month/year and a time',
			'تغطية مباشرة\n23/11/2023 - 15:40\nاختتمت القمة.\n22/11/2023 - 18:20\nاجتمع الوزراء اليوم.',
			['2023-11-23', '2023-11-22']
		],
		[
			'a time, a weekday and the date',
			'09:45 | الخميس 06/01/2022\nوصلت القوات.\n21:10 | الأربعاء 05/01/2022\nطلب توكاييف المساعدة.',
			['2022-01-06', '2022-01-05']
		],
		[
			'a date in words with the hour and «م»',
			'الخميس 23 نوفمبر 2023 - 10:05 م\nنص.\nالأربعاء 22 نوفمبر 2023 - 06:20 م\nنص آخر.',
			['2023-11-23', '2023-11-22']
		],
		[
			'a saved feed’s item dates, not its build date',
			'<lastBuildDate>Fri, 17 Sep 2021 09:20:00 +0200</lastBuildDate>\n<item>\n<pubDate>Fri, 17 Sep 2021 09:10:00 +0200</pubDate>\nنص.\n<pubDate>Thu, 16 Sep 2021 18:45:00 +0200</pubDate>\nعقدت القمة اليوم الخميس.',
			['2021-09-17', '2021-09-16']
		]
	])('finds stamps written as %s', (_, text, expected) => {
		expect(stamps(text)).toEqual(expected);
	});

	it.each([
		['one dateline over an article', 'يريفان 23/11/2023\nعقدت القمة اليوم.'],
		[
			'dates inside sentences',
			'عقدت القمة في 23/11/2023 في مينسك.\nوكانت قمة يريفان قد عقدت في 23/11/2022.'
		],
		[
			'related links with their dates after a headline',
			'نص.\n- قمة افتراضية لمجموعة العشرين | 22-11-2023\n- الهدنة في غزة | 24-11-2023'
		]
	])('finds none in %s', (_, text) => {
		expect(stamps(text)).toEqual([]);
	});

	it('gives each offset the stamp above it, none above the first', () => {
		const list = [
			{ start: 10, date: '2023-11-23' },
			{ start: 50, date: '2023-11-22' }
		];
		expect([5, 10, 30, 50, 90].map((o) => stampAt(list, o))).toEqual([
			null,
			'2023-11-23',
			'2023-11-23',
			'2023-11-22',
			'2023-11-22'
		]);
	});
});
