import { describe, expect, it } from 'vitest';
import { withAnaphoricDays } from '$lib/pipeline/extract/withAnaphoricDays';
import type { DateHit } from '$lib/pipeline/extract/types';
import { normalize } from '$lib/pipeline/text/normalize';

/** A stated day at the offset of `words` in the normalised text. */
function day(norm: string, words: string, date: string, until: string | null = null): DateHit {
	const start = norm.indexOf(words);
	if (start === -1) throw new Error(`no "${words}" in the text`);
	return {
		start,
		end: start + words.length,
		date,
		until,
		dayMonth: null,
		relative: false,
		today: false,
		problems: []
	};
}

/** The dates added for the anaphoric phrases, as [their text, date]. */
function added(raw: string, stated: (norm: string) => DateHit[]): [string, string | null][] {
	const norm = normalize(raw).text;
	const hits = stated(norm);
	return withAnaphoricDays(norm, hits)
		.filter((h) => !hits.includes(h))
		.map((h) => [norm.slice(h.start, h.end), h.date]);
}

describe('withAnaphoricDays', () => {
	it('dates "the day before" by the last day the text stated before it', () => {
		const raw =
			'عقدت القمة يوم الأربعاء 23 نوفمبر. وفي اليوم السابق، اجتمع وزراء الخارجية في المدينة نفسها.';
		expect(added(raw, (n) => [day(n, '23 نوفمبر', '2022-11-23')])).toEqual([
			['اليوم السابق', '2022-11-22']
		]);
	});

	it('dates "the next day" after the last day of a stated range, across a month’s end', () => {
		const raw = 'اندلعت المعارك يومي 30 و31 أكتوبر، وفي اليوم التالي أعلنت هدنة.';
		expect(added(raw, (n) => [day(n, '30 و31 اكتوبر', '2022-10-30', '2022-10-31')])).toEqual([
			['اليوم التالي', '2022-11-01']
		]);
	});

	it.each([
		['وفي اليوم نفسه', 'اليوم نفسه'],
		['وفي اليوم ذاته', 'اليوم ذاته'],
		['وفي نفس اليوم', 'نفس اليوم'],
		['وفي ذات اليوم', 'ذات اليوم']
	])('dates "%s" as the last day the text stated before it', (phrase, words) => {
		const raw = `اندلعت الاشتباكات ليل 12 سبتمبر وتجددت في 13 سبتمبر. ${phrase} عقد المجلس جلسة طارئة.`;
		expect(
			added(raw, (n) => [day(n, '12 سبتمبر', '2022-09-12'), day(n, '13 سبتمبر', '2022-09-13')])
		).toEqual([[words, '2022-09-13']]);
	});

	it.each([['من العام نفسه'], ['من السنة ذاتها'], ['من نفس العام']])(
		'puts a day and month followed by «%s» in the year last stated',
		(same) => {
			const raw = `في 12 أيار 2021 توغلت القوات. وفي 16 تشرين الثاني ${same} اندلع اشتباك.`;
			const norm = normalize(raw).text;
			const stated = [
				day(norm, '12 ايار 2021', '2021-05-12'),
				{ ...day(norm, '16 تشرين الثاني', '2022-11-16'), yearless: true as const }
			];
			expect(withAnaphoricDays(norm, stated).map((h) => h.date)).toEqual([
				'2021-05-12',
				'2021-11-16'
			]);
		}
	);

	it('leaves a day and month with a year of its own, or with no year stated before, as it is', () => {
		const raw = 'وفي 16 تشرين الثاني من العام نفسه اندلع اشتباك.';
		const norm = normalize(raw).text;
		const stated = [{ ...day(norm, '16 تشرين الثاني', '2022-11-16'), yearless: true as const }];
		expect(withAnaphoricDays(norm, stated).map((h) => h.date)).toEqual(['2022-11-16']);
	});

	it('reads a bare «مطلع الشهر» after a month the sentence named as that month', () => {
		const raw =
			'وتواصل في أيلول، حين تغيبت القوات عن المناورات مطلع الشهر. وفي مطلع الشهر الجاري أمر آخر.';
		const norm = normalize(raw).text;
		const month = (words: string, date: string): DateHit => ({
			...day(norm, words, date),
			relative: true
		});
		const stated = [
			day(norm, 'ايلول', '2023-09'),
			month('مطلع الشهر،'.slice(0, -1), '2023-10'),
			month('مطلع الشهر الجاري', '2023-10')
		];
		expect(withAnaphoricDays(norm, stated).map((h) => h.date)).toEqual([
			'2023-09',
			'2023-09',
			'2023-10'
		]);
	});

	it('leaves a bare «مطلع الشهر» in another sentence than the month named as it is', () => {
		const raw = 'جرى ذلك في أيلول. ثم انطلقت المناورات مطلع الشهر.';
		const norm = normalize(raw).text;
		const stated = [
			day(norm, 'ايلول', '2023-09'),
			{ ...day(norm, 'مطلع الشهر', '2023-10'), relative: true }
		];
		expect(withAnaphoricDays(norm, stated).map((h) => h.date)).toEqual(['2023-09', '2023-10']);
	});

	it('dates «فجر اليوم ذاته» followed by a place («على الحدود») as the day stated before it', () => {
		const raw =
			'عقد المجلس مساء 13 سبتمبر جلسة لبحث الاشتباكات التي اندلعت فجر اليوم ذاته على الحدود.';
		expect(added(raw, (n) => [day(n, '13 سبتمبر', '2022-09-13')])).toEqual([
			['اليوم ذاته', '2022-09-13']
		]);
	});

	it('gives "the same day" as a stated span of days no day', () => {
		const raw = 'اندلعت المعارك يومي 30 و31 أكتوبر، وفي اليوم نفسه أعلنت هدنة.';
		expect(added(raw, (n) => [day(n, '30 و31 اكتوبر', '2022-10-30', '2022-10-31')])).toEqual([]);
	});

	it.each([
		['اليوم نفسه الذي عقدت فيه القمة', 'the same day as a named happening'],
		['اليوم نفسه من العام التالي', 'the same day of another year'],
		['اليوم التالي للاقتراع', 'the day after a happening the stated day did not date'],
		['اليوم التالي على المناورات', 'the day after another happening, with "على"'],
		['اليوم السابق على الاقتراع', 'the day before a named happening, with "على"'],
		['اليوم السابق من الشهر', 'a day "of" something'],
		['اليوم السابقة', 'another word']
	])('leaves "%s" alone (%s)', (phrase) => {
		const raw = `عقدت القمة في 23 نوفمبر، ثم ${phrase} جرى كل شيء.`;
		expect(added(raw, (n) => [day(n, '23 نوفمبر', '2022-11-23')])).toEqual([]);
	});

	it.each([
		['وفي اليوم التالي للقمة', 'اليوم التالي', '2022-11-24'],
		['وفي اليوم التالي لانعقاد القمة', 'اليوم التالي', '2022-11-24'],
		['وفي اليوم السابق على القمة', 'اليوم السابق', '2022-11-22'],
		['وفي اليوم التالي على الحدود', 'اليوم التالي', '2022-11-24'],
		['وفي اليوم التالي على طول خط التماس', 'اليوم التالي', '2022-11-24']
	])(
		'counts «%s» from the day stated in the sentence that named its happening, or a place after it',
		(phrase, words, date) => {
			const raw = `عقدت القمة يوم 23 نوفمبر في يريفان. ${phrase} اندلعت اشتباكات.`;
			expect(added(raw, (n) => [day(n, '23 نوفمبر', '2022-11-23')])).toEqual([[words, date]]);
		}
	);

	it('does not count «اليوم التالي للقمة» from a day stated in a sentence that named no summit', () => {
		const raw =
			'عقدت القمة في يريفان. واندلعت اشتباكات يوم 13 سبتمبر، وفي اليوم التالي للقمة أعلنت هدنة.';
		expect(added(raw, (n) => [day(n, '13 سبتمبر', '2022-09-13')])).toEqual([]);
	});

	it('adds nothing when no day was stated before the phrase', () => {
		const raw = 'وفي اليوم السابق اجتمع الوزراء، ثم عقدت القمة في 23 نوفمبر.';
		expect(added(raw, (n) => [day(n, '23 نوفمبر', '2022-11-23')])).toEqual([]);
	});

	it('skips a stated day with problems and takes the one before it', () => {
		const raw = 'وصل الوفد في 20 نوفمبر، وفي 31 نوفمبر أمر آخر، وفي اليوم التالي بدأ الاجتماع.';
		expect(
			added(raw, (n) => [
				day(n, '20 نوفمبر', '2022-11-20'),
				{ ...day(n, '31 نوفمبر', '2022-11-30'), problems: ['no such day'] }
			])
		).toEqual([['اليوم التالي', '2022-11-21']]);
	});
});
