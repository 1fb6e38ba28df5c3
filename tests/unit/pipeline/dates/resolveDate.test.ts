import { describe, expect, it } from 'vitest';
import { resolveDate, type Anchor } from '$lib/pipeline/dates/resolveDate';
import { one } from './helpers';

const at = (published: string | null, contextYear?: number): Anchor => ({ published, contextYear });
const resolve = (raw: string, anchor: Anchor) => resolveDate(one(raw), anchor);

describe('resolveDate: stated dates', () => {
	it.each([
		['23 نوفمبر 2023', '2023-11-23', 'day'],
		['مايو/أيار 2021', '2021-05', 'month'],
		['عام 1992', '1992', 'year'],
		['16-17 سبتمبر 2021', '2021-09-16', 'day'],
		['7-6-2022', '2022-06-07', 'day']
	])('keeps %j as stated (%s)', (raw, date, precision) => {
		const r = resolve(raw, at(null));
		expect(r).toMatchObject({ date, precision, problems: [] });
	});

	it('gives a day range its last day as `end`', () => {
		expect(resolve('16-17 سبتمبر 2021', at(null)).end).toBe('2021-09-17');
	});

	it.each([
		['31 سبتمبر', 'September'],
		['29 فبراير 2023', 'February 2023'],
		['31/4/2022', 'April 2022']
	])('never moves the impossible day %j to a real one', (raw, why) => {
		const r = resolve(raw, at('2023-11-23'));
		expect(r.date).toBeNull();
		expect(r.problems.join(' ')).toContain(why);
	});

	it('refuses Hijri dates rather than reading them as Gregorian years', () => {
		const r = resolve('1445 هـ', at('2023-11-23'));
		expect(r.date).toBeNull();
		expect(r.problems.join(' ')).toMatch(/Hijri/);
	});
});

describe('resolveDate: day and month without a year', () => {
	it.each([
		['23 نوفمبر/تشرين الثاني', '2023-11-25', '2023-11-23'],
		['23 نوفمبر', '2024-01-05', '2023-11-23'],
		['5 يناير', '2023-12-20', '2024-01-05'],
		['20 ديسمبر', '2024-01-05', '2023-12-20'],
		['1 يوليو', '2023-01-01', '2023-07-01'],
		['1 يناير', '2023-07-01', '2023-01-01'],
		['29 فبراير', '2023-06-01', '2024-02-29']
	])('places %j nearest the publication date %s', (raw, published, date) => {
		const r = resolve(raw, at(published));
		expect(r.date).toBe(date);
		expect(r.how).toMatch(/nearest the publication date/);
	});

	it('breaks a tie toward the past', () => {
		// May 2023 and May 2024 are both six months from November 2023.
		expect(resolve('مايو', at('2023-11-15')).date).toBe('2023-05');
	});

	it('uses a nearby year from the article when there is no publication date, and says so', () => {
		const r = resolve('23 نوفمبر/تشرين الثاني', at(null, 2023));
		expect(r.date).toBe('2023-11-23');
		expect(r.how).toMatch(/stated nearby/);
	});

	it('prefers the publication date over a nearby year and notes the disagreement', () => {
		const r = resolve('23 نوفمبر', at('2023-11-25', 2021));
		expect(r.date).toBe('2023-11-23');
		expect(r.how).toMatch(/2021 was not used/);
	});

	it('gives no date without a publication date or a nearby year, and says why', () => {
		const r = resolve('23 نوفمبر', at(null));
		expect(r.date).toBeNull();
		expect(r.problems.join(' ')).toMatch(/no year/);
	});

	it('reports 29 February when no year near the anchor has one', () => {
		const r = resolve('29 فبراير', at('2022-06-01'));
		expect(r.date).toBeNull();
		expect(r.problems.join(' ')).toMatch(/does not occur in 2021-2023/);
	});

	it('checks a stated weekday against the resolved year', () => {
		expect(resolve('الخميس 23 نوفمبر', at('2023-11-25')).problems).toEqual([]);
		expect(resolve('الجمعة 23 نوفمبر', at('2023-11-25')).problems).toEqual([
			'The text says Friday but 2023-11-23 is a Thursday.'
		]);
	});
});

describe('resolveDate: named months with الماضي / الجاري / المقبل', () => {
	it.each([
		['مايو الماضي', '2023-11-23', '2023-05'],
		['ديسمبر الماضي', '2023-11-23', '2022-12'],
		['نوفمبر الماضي', '2023-11-23', '2022-11'],
		['5 نوفمبر الماضي', '2023-11-23', '2023-11-05'],
		['25 نوفمبر الماضي', '2023-11-23', '2022-11-25'],
		['مايو المقبل', '2023-11-23', '2024-05'],
		['ديسمبر المقبل', '2023-11-23', '2023-12'],
		['نوفمبر الجاري', '2023-11-23', '2023-11'],
		['23 نوفمبر الجاري', '2023-11-25', '2023-11-23'],
		['مايو العام الماضي', '2023-11-23', '2022-05'],
		['مارس من العام المقبل', '2023-11-23', '2024-03'],
		['في مايو (أيار) الماضي', '2023-11-23', '2023-05']
	])('resolves %j against %s to %s', (raw, published, date) => {
		expect(resolve(raw, at(published)).date).toBe(date);
	});

	it('reports a "current" month that is not the publication month', () => {
		const r = resolve('مايو الجاري', at('2023-11-23'));
		expect(r.date).toBe('2023-05');
		expect(r.problems.join(' ')).toMatch(/current month/);
	});

	it('needs a publication date for relative months', () => {
		expect(resolve('مايو الماضي', at(null, 2023)).date).toBeNull();
	});
});

describe('resolveDate: days, weeks, months and years relative to the publication date', () => {
	it.each([
		['اليوم الاثنين', '2022-01-10', '2022-01-10', []],
		['اليوم /الخميس/', '2023-11-23', '2023-11-23', []],
		[
			'اليوم الثلاثاء',
			'2023-11-23',
			'2023-11-23',
			['The text says today is Tuesday but 2023-11-23 is a Thursday.']
		],
		['أمس', '2024-03-01', '2024-02-29', []],
		['أمس الأربعاء', '2023-11-23', '2023-11-22', []],
		['أول من أمس', '2023-01-01', '2022-12-30', []],
		['يوم غد', '2023-12-31', '2024-01-01', []],
		['بعد غد', '2023-11-23', '2023-11-25', []],
		['يوم الثلاثاء', '2021-09-16', '2021-09-14', []],
		['يوم السبت', '2021-09-16', '2021-09-18', []],
		['الخميس', '2021-09-16', '2021-09-16', []],
		['الخميس الماضي', '2021-09-16', '2021-09-09', []],
		['الخميس المقبل', '2021-09-16', '2021-09-23', []],
		['الأحد الماضي', '2021-09-16', '2021-09-12', []]
	])('resolves %j published %s to %s', (raw, published, date, problems) => {
		const r = resolve(raw, at(published));
		expect(r).toMatchObject({ date, precision: 'day', problems });
	});

	it.each([
		['هذا الأسبوع', '2021-09-16', '2021-09-12', '2021-09-18'],
		['الأسبوع الماضي', '2021-09-16', '2021-09-05', '2021-09-11'],
		['الأسبوع المقبل', '2023-12-30', '2023-12-31', '2024-01-06']
	])('resolves %j published %s to the week %s..%s', (raw, published, date, end) => {
		expect(resolve(raw, at(published))).toMatchObject({ date, end, precision: 'week' });
	});

	it.each([
		['الشهر الماضي', '2023-01-15', '2022-12', 'month'],
		['الشهر المقبل', '2023-12-15', '2024-01', 'month'],
		['هذا الشهر', '2023-11-23', '2023-11', 'month'],
		['هذا العام', '2023-11-23', '2023', 'year'],
		['العام الماضي', '2023-11-23', '2022', 'year'],
		['السنة المقبلة', '2023-11-23', '2024', 'year']
	])('resolves %j published %s to %s', (raw, published, date, precision) => {
		expect(resolve(raw, at(published))).toMatchObject({ date, precision });
	});

	it.each([
		['23 من الشهر الجاري', '2023-11-25', '2023-11-23'],
		['الأول من الشهر المقبل', '2023-12-15', '2024-01-01'],
		['الـ31 من الشهر الماضي', '2023-03-10', null]
	])('resolves %j published %s to %s', (raw, published, date) => {
		expect(resolve(raw, at(published)).date).toBe(date);
	});

	it.each([
		['الأحد', 'past', '2023-11-19'],
		['الأحد', null, '2023-11-26'],
		['الأحد', 'future', '2023-11-26'],
		['الثلاثاء', 'future', '2023-11-28'],
		['الخميس', 'past', '2023-11-23'],
		['الخميس', 'future', '2023-11-23']
	] as const)('resolves a bare %j leaning %s from Thursday 2023-11-23 to %s', (raw, lean, date) => {
		expect(resolveDate(one(raw), { published: '2023-11-23', lean }).date).toBe(date);
	});

	it.each([
		['5 يناير', 'past', '2023-01-05'],
		['5 يناير', null, '2024-01-05'],
		['20 نوفمبر', 'future', '2024-11-20'],
		['مايو', 'future', '2024-05'],
		['ديسمبر', 'past', '2022-12']
	] as const)('places %j leaning %s from 2023-11-23 at %s', (raw, lean, date) => {
		expect(resolveDate(one(raw), { published: '2023-11-23', lean }).date).toBe(date);
	});

	it('says that "today" contradicts the publication date', () => {
		const r = resolve('اليوم الخميس 23 نوفمبر 2023', at('2023-11-24'));
		expect(r.date).toBe('2023-11-23');
		expect(r.problems.join(' ')).toMatch(
			/today is 2023-11-23 but the publication date makes it 2023-11-24/
		);
	});

	it.each(['اليوم', 'أمس', 'هذا الأسبوع', 'يوم الثلاثاء', 'العام الماضي'])(
		'gives no date for %j without a publication date',
		(raw) => {
			const r = resolve(raw, at(null, 2023));
			expect(r.date).toBeNull();
			expect(r.problems.length).toBeGreaterThan(0);
		}
	);

	it.each(['2023-02-29', '23/11/2023', 'yesterday'])(
		'ignores the malformed publication date %j with a problem',
		(published) => {
			const r = resolve('اليوم', at(published));
			expect(r.date).toBeNull();
			expect(r.problems.join(' ')).toMatch(/not a calendar day/);
		}
	);
});

describe('resolveDate: decades', () => {
	it.each([
		['أوائل العقد الأول من القرن الحادي والعشرين', null, '2000', '2009'],
		['تسعينيات القرن الماضي', null, '1990', '1999'],
		['التسعينيات', '2023-11-23', '1990', '1999'],
		['العشرينيات', '2023-11-23', '2020', '2029']
	])('resolves %j to a span of years', (raw, published, date, end) => {
		expect(resolve(raw, at(published))).toMatchObject({ date, end, precision: 'decade' });
	});

	it('needs a century or a publication date for a bare decade', () => {
		expect(resolve('الثمانينيات', at(null)).date).toBeNull();
	});
});
