import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPartialDate } from '$lib/model/partialDate';
import { daysInMonth, isValidDate, parseIsoDay, weekdayOf } from '$lib/pipeline/dates/calendar';
import { findDates } from '$lib/pipeline/dates/findDates';
import { findDateline } from '$lib/pipeline/dates/findDateline';
import { resolveDate } from '$lib/pipeline/dates/resolveDate';
import { normalize } from '$lib/pipeline/text/normalize';
import { find } from './helpers';

const RUNS = { seed: 42, numRuns: 500 };

const GULF = [
	'يناير',
	'فبراير',
	'مارس',
	'أبريل',
	'مايو',
	'يونيو',
	'يوليو',
	'أغسطس',
	'سبتمبر',
	'أكتوبر',
	'نوفمبر',
	'ديسمبر'
];
const LEVANT = [
	'كانون الثاني',
	'شباط',
	'آذار',
	'نيسان',
	'أيار',
	'حزيران',
	'تموز',
	'آب',
	'أيلول',
	'تشرين الأول',
	'تشرين الثاني',
	'كانون الأول'
];
const ALGERIA = [
	'جانفي',
	'فيفري',
	'مارس',
	'أفريل',
	'ماي',
	'جوان',
	'جويلية',
	'أوت',
	'سبتمبر',
	'أكتوبر',
	'نوفمبر',
	'ديسمبر'
];
const MOROCCO = [
	'يناير',
	'فبراير',
	'مارس',
	'أبريل',
	'ماي',
	'يونيو',
	'يوليوز',
	'غشت',
	'شتنبر',
	'أكتوبر',
	'نونبر',
	'دجنبر'
];
const ENGLISH = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const WEEKDAYS = ['الأحد', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const ORDINALS = [
	'الأول',
	'الثاني',
	'الثالث',
	'الرابع',
	'الخامس',
	'السادس',
	'السابع',
	'الثامن',
	'التاسع',
	'العاشر'
];

function ordinalWords(d: number): string {
	if (d <= 10) return ORDINALS[d - 1] as string;
	if (d < 20) return `${d === 11 ? 'الحادي' : ORDINALS[d - 11]} عشر`;
	if (d === 20) return 'العشرين';
	if (d === 30) return 'الثلاثين';
	const tens = d < 30 ? 'العشرين' : 'الثلاثين';
	return `${d % 10 === 1 ? 'الحادي' : ORDINALS[(d % 10) - 1]} و${tens}`;
}

const englishOrdinal = (d: number) =>
	d +
	(d % 10 === 1 && d !== 11
		? 'st'
		: d % 10 === 2 && d !== 12
			? 'nd'
			: d % 10 === 3 && d !== 13
				? 'rd'
				: 'th');
const pad = (n: number) => String(n).padStart(2, '0');

type Render = (y: number, m: number, d: number) => string;
const FORMS: [string, Render][] = [
	['d gulf y', (y, m, d) => `${d} ${GULF[m - 1]} ${y}`],
	['d gulf/levant y', (y, m, d) => `${d} ${GULF[m - 1]}/${LEVANT[m - 1]} ${y}`],
	['d gulf/ levant y', (y, m, d) => `${d} ${GULF[m - 1]}/ ${LEVANT[m - 1]} ${y}`],
	['d levant/gulf y', (y, m, d) => `${d} ${LEVANT[m - 1]}/${GULF[m - 1]} ${y}`],
	['d gulf (levant) y', (y, m, d) => `${d} ${GULF[m - 1]} (${LEVANT[m - 1]}) ${y}`],
	['d (gulf) levant y', (y, m, d) => `${d} (${GULF[m - 1]}) ${LEVANT[m - 1]} ${y}`],
	['d levant y', (y, m, d) => `${d} ${LEVANT[m - 1]} ${y}`],
	['d algeria y', (y, m, d) => `${d} ${ALGERIA[m - 1]} ${y}`],
	['d morocco y', (y, m, d) => `${d} ${MOROCCO[m - 1]} ${y}`],
	['ال-d من شهر gulf عام y', (y, m, d) => `الـ${d} من شهر ${GULF[m - 1]} عام ${y}`],
	['ordinal من gulf y', (y, m, d) => `${ordinalWords(d)} من ${GULF[m - 1]} ${y}`],
	['d-m-y', (y, m, d) => `${d}-${m}-${y}`],
	['dd/mm/y', (y, m, d) => `${pad(d)}/${pad(m)}/${y}`],
	['d.m.y', (y, m, d) => `${d}.${m}.${y}`],
	['iso', (y, m, d) => `${y}-${pad(m)}-${pad(d)}`],
	['dth, English y', (y, m, d) => `${englishOrdinal(d)}, ${ENGLISH[m - 1]} ${y}`],
	['English d, y', (y, m, d) => `${ENGLISH[m - 1]} ${d}, ${y}`],
	['d Eng y', (y, m, d) => `${d} ${(ENGLISH[m - 1] as string).slice(0, 3)} ${y}`],
	['gulf d، y', (y, m, d) => `${GULF[m - 1]} ${d}، ${y}`]
];

const PREFIXES = [
	'',
	'قال الرئيس في ',
	'وأكد البيان، ',
	'GMT',
	'عرب وعالم',
	'\n',
	'19:04 ',
	'(',
	'تاريخ النشر: '
];
const SUFFIXES = ['', '.', ' إن القمة انتهت', '، وفق تاس', '\n', ')', ' GMT', ' 10:15'];
const WEEKDAY_LEADS = ['', 'wd ', 'يوم wd ', 'يوم wd الموافق ', 'اليوم wd ', 'اليوم /wd/ ', 'wd، '];

const toIndic = (s: string) => s.replace(/\d/g, (c) => String.fromCharCode(0x0660 + Number(c)));

const validDate = fc
	.record({
		y: fc.integer({ min: 1900, max: 2099 }),
		m: fc.integer({ min: 1, max: 12 }),
		d: fc.integer({ min: 1, max: 31 })
	})
	.map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysInMonth(y, m)) }));

describe('properties', () => {
	it('finds any valid date rendered in any supported form, with offsets on the rendered text', () => {
		fc.assert(
			fc.property(
				validDate,
				fc.constantFrom(...FORMS),
				fc.constantFrom(...WEEKDAY_LEADS),
				fc.constantFrom(...PREFIXES),
				fc.constantFrom(...SUFFIXES),
				fc.boolean(),
				({ y, m, d }, [, render], lead, prefix, suffix, indic) => {
					let body = lead.replace('wd', WEEKDAYS[weekdayOf(y, m, d)] as string) + render(y, m, d);
					if (indic) body = toIndic(body);
					const glue = /\S$/.test(prefix) && !/^\d/.test(body) && prefix !== '(' ? ' ' : '';
					const raw = prefix + glue + body + suffix;
					const found = find(raw);
					expect(found.map((f) => f.raw)).toEqual([body]);
					expect(found[0]).toMatchObject({ year: y, month: m, day: d, problems: [] });
					if (lead) expect(found[0]?.weekday).toBe(weekdayOf(y, m, d));
				}
			),
			RUNS
		);
	});

	it("reports, never accepts, a weekday that is not the date's", () => {
		fc.assert(
			fc.property(validDate, fc.integer({ min: 1, max: 6 }), ({ y, m, d }, shift) => {
				const wrong = (weekdayOf(y, m, d) + shift) % 7;
				const [found] = find(`${WEEKDAYS[wrong]} ${d} ${GULF[m - 1]} ${y}`);
				expect(found?.problems.join(' ')).toMatch(/The text says .* but .* is a /);
				const r = found && resolveDate(found, { published: null });
				expect(r?.problems.join(' ')).toMatch(/The text says/);
			}),
			RUNS
		);
	});

	const soup = fc
		.array(
			fc.oneof(
				fc.constantFrom(
					'23',
					'٢٣',
					'2023',
					'31',
					'29',
					'0',
					'1445',
					'7-6-2022',
					'19:04',
					'/',
					'-',
					'.',
					':',
					'،',
					',',
					'(',
					')',
					' ',
					' ',
					' ',
					'\n',
					'نوفمبر',
					'تشرين الثاني',
					'اب',
					'آب',
					'مارس',
					'ماي',
					'فبراير',
					'سبتمبر',
					'May',
					'nov',
					'الخميس',
					'الجمعة',
					'الاثنين',
					'يوم',
					'اليوم',
					'أمس',
					'غداً',
					'أول',
					'من',
					'في',
					'عام',
					'العام',
					'هذا',
					'الأسبوع',
					'الشهر',
					'الماضي',
					'المقبل',
					'الجاري',
					'هـ',
					'م',
					'أوائل',
					'العقد',
					'القرن',
					'التسعينيات',
					'الأول',
					'الحادي',
					'والعشرين',
					'عشر',
					'GMT',
					'th',
					'rd',
					'شهر',
					'و',
					'رمضان',
					'ـ',
					'\u064e'
				),
				fc.string({ maxLength: 4 })
			),
			{ maxLength: 40 }
		)
		.map((parts) => parts.join(''));

	const anchor = fc.oneof(
		fc.constant(null),
		validDate.map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`)
	);

	it('never throws on arbitrary text, and keeps spans ordered, disjoint and in bounds', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					soup,
					fc.string({ maxLength: 200 }),
					fc.string({ unit: 'binary', maxLength: 100 })
				),
				(raw) => {
					const { text } = normalize(raw);
					const found = findDates(text);
					let last = 0;
					for (const m of found) {
						expect(m.start).toBeGreaterThanOrEqual(last);
						expect(m.end).toBeGreaterThan(m.start);
						expect(m.end).toBeLessThanOrEqual(text.length);
						last = m.end;
					}
					expect(() => findDateline(text)).not.toThrow();
				}
			),
			RUNS
		);
	});

	it('resolves only to real calendar dates, and a stated weekday always matches or is reported', () => {
		fc.assert(
			fc.property(
				soup,
				anchor,
				fc.option(fc.integer({ min: 1900, max: 2099 })),
				fc.constantFrom(null, 'past' as const, 'future' as const),
				(raw, published, contextYear, lean) => {
					for (const m of findDates(normalize(raw).text)) {
						const r = resolveDate(m, { published, contextYear, lean });
						if (r.date === null) continue;
						expect(isPartialDate(r.date)).toBe(true);
						if (r.end !== null) expect(isPartialDate(r.end)).toBe(true);
						if (r.precision === 'day' && m.weekday !== null) {
							const d = parseIsoDay(r.date);
							expect(d).not.toBeNull();
							if (d && weekdayOf(d.year, d.month, d.day) !== m.weekday)
								expect(r.problems.join(' ')).toMatch(/The text says/);
						}
						if (m.day !== null && m.month !== null && r.precision === 'day') {
							const d = parseIsoDay(r.date);
							expect(d && [d.month, d.day]).toEqual([m.month, m.day]);
							expect(d && isValidDate(d.year, d.month, d.day)).toBe(true);
						}
					}
				}
			),
			RUNS
		);
	});
});
