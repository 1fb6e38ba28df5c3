import { describe, expect, it } from 'vitest';
import { findUpdateStamps } from '$lib/pipeline/dates/updateStamps';
import { normalize } from '$lib/pipeline/text/normalize';

const stamps = (text: string, published: string | null) =>
	findUpdateStamps(normalize(text).text, published).map((s) => s.date);

describe('findUpdateStamps', () => {
	it.each([
		['تحديث (الخميس): انطلقت القمة\nالخبر الأصلي:', '2023-11-22', ['2023-11-23', '2023-11-22']],
		['مقدمة\nآخر تحديث - السبت: وصلت القوات', '2022-01-06', ['2022-01-08']],
		['تحديث الأربعاء: بيان', '2023-11-22', ['2023-11-22']],
		['تحديث مساء الخميس: انطلقت القمة', '2023-11-22', ['2023-11-23']],
		['تحديث [الاثنين]: اشتباكات\nثم', '2022-09-14', ['2022-09-12', '2022-09-14']]
	])(
		'dates the update in %j, the page of %s, to its weekday nearest the page',
		(text, published, days) => {
			expect(stamps(text, published)).toEqual(days);
		}
	);

	it.each([
		['a page with no day of its own', 'تحديث (الخميس): انطلقت القمة', null],
		['no weekday after the word', 'تحديث: انطلقت القمة', '2023-11-22'],
		['the word inside a sentence', 'وقال إن تحديث (الخميس): الخطة', '2023-11-22']
	])('finds no update stamp in %s', (_, text, published) => {
		expect(stamps(text, published)).toEqual([]);
	});
});
