/**
 * Places one DateMention (findDates.ts) on the calendar, against the article's anchor.
 *
 *   resolveDate(mention: DateMention, anchor: Anchor): ResolvedDate
 *   Anchor = { published: 'YYYY-MM-DD' | null, contextYear?: number | null,
 *              lean?: 'past' | 'future' | null }
 *   ResolvedDate = { date: 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' | null, end: same | null,
 *                    precision: 'day' | 'week' | 'month' | 'year' | 'decade' | null,
 *                    how: string, problems: string[] }
 *
 * Rules, each reported in `how`:
 * - A stated year is used as stated.
 * - Day and month without a year: with a publication date, the year among the anchor's year
 *   and its neighbours that puts the day nearest the publication day (news reports the recent
 *   past and the announced near future; a tie goes to the past). Without one, the nearby
 *   context year the caller found. Neither: null.
 * - Month without a year: the same nearest rule on months; year alone: year precision.
 * - "23 من الشهر الجاري / الماضي / المقبل": that day of the publication month or its neighbour.
 * - "<month> الماضي": the latest such month (or day) strictly before the anchor;
 *   "<month> المقبل": the first strictly after; "<month> الجاري": the anchor's year (a month
 *   other than the anchor's is a problem). "<month> العام الماضي / الجاري / المقبل": that year.
 * - اليوم / أمس / أول أمس / غداً / بعد غد: the publication day plus 0, -1, -2, +1, +2.
 * - A bare weekday: the nearest such day to the publication day (within 3 days either way);
 *   with `anchor.lean` ('past' for a report, 'future' for an announcement) the nearest on or
 *   before / on or after it, and likewise the year of a day-month or month without one;
 *   "<weekday> الماضي": the latest before it, "<weekday> المقبل": the first after it.
 * - هذا الأسبوع / الأسبوع الماضي / المقبل: the Sunday-to-Saturday week (the Arabic week counts
 *   from الأحد, "the first") holding, before or after the publication day: `date`..`end`.
 * - الشهر / العام + الماضي / الجاري / المقبل: month or year precision.
 * - A decade: `date` its first year, `end` its last ("the first decade of the 21st century" is
 *   read as 2000-2009, as it is commonly meant).
 * - Hijri dates are not converted; a Solar Hijri one was converted when found (its `how` says so,
 *   and one that does not exist stays unresolved); a day that does not exist is never moved to one that does;
 *   a weekday that disagrees with the resolved day, or a "today" that is not the publication day,
 *   is a problem. Relative forms without a publication date give null.
 */
import {
	addDays,
	dayNumber,
	fromDayNumber,
	isValidDate,
	isoDay,
	isoMonth,
	parseIsoDay,
	weekdayOf,
	type YMD
} from './calendar';
import type { DateMention, Relative } from './dateMention';
import { dayProblems, weekdayProblem } from './dayProblems';
import { MONTH_NAMES_EN } from './months';
import { solarName } from './solarDated';
import { WEEKDAY_NAMES_EN } from './weekdays';

export interface Anchor {
	/** The article's publication day, 'YYYY-MM-DD'. */
	published: string | null;
	/** A year stated near the mention in the same article, used when there is no publication day. */
	contextYear?: number | null;
	/**
	 * What the caller knows of the sentence's time (a past-tense report, an announced plan): a
	 * date without a year, or a bare weekday, is then the nearest one on or before ('past') or on
	 * or after ('future') the publication day instead of the nearest either way.
	 */
	lean?: 'past' | 'future' | null;
}

type Lean = 'past' | 'future' | null;

function fits(distance: number, lean: Lean): boolean {
	return lean === null || (lean === 'past' ? distance <= 0 : distance >= 0);
}

export type ResolvedPrecision = 'day' | 'week' | 'month' | 'year' | 'decade';

export interface ResolvedDate {
	date: string | null;
	/** Last day / month / year of a range (a day range, a week, a decade), else null. */
	end: string | null;
	precision: ResolvedPrecision | null;
	how: string;
	problems: string[];
}

const DAY_OFFSET: Partial<Record<Relative, number>> = {
	today: 0,
	yesterday: -1,
	dayBeforeYesterday: -2,
	tomorrow: 1,
	dayAfterTomorrow: 2
};

const DAY_WORD: Partial<Record<Relative, string>> = {
	today: 'today',
	yesterday: 'yesterday',
	dayBeforeYesterday: 'the day before yesterday',
	tomorrow: 'tomorrow',
	dayAfterTomorrow: 'the day after tomorrow'
};

function fail(how: string, problems: string[], problem?: string): ResolvedDate {
	if (problem) problems.push(problem);
	return { date: null, end: null, precision: null, how, problems };
}

function dayOf(n: number): string {
	const d = fromDayNumber(n);
	return isoDay(d.year, d.month, d.day);
}

function signedDays(n: number): string {
	if (n === 0) return 'the same day';
	const abs = Math.abs(n);
	return `${abs} day${abs === 1 ? '' : 's'} ${n < 0 ? 'before' : 'after'}`;
}

function validContextYear(y: number | null | undefined): number | null {
	return typeof y === 'number' && Number.isInteger(y) && y >= 1000 && y <= 2199 ? y : null;
}

/** The year for a month (and day) placed by a relative word, or null when the word needs none. */
function relativeYear(
	rel: Relative,
	month: number,
	day: number | null,
	pub: YMD
): { year: number; how: string; problems: string[] } | null {
	const name = MONTH_NAMES_EN[month - 1];
	const problems: string[] = [];
	switch (rel) {
		case 'lastYear':
			return { year: pub.year - 1, how: `${name} of the year before publication`, problems };
		case 'thisYear':
			return { year: pub.year, how: `${name} of the publication year`, problems };
		case 'nextYear':
			return { year: pub.year + 1, how: `${name} of the year after publication`, problems };
		case 'past': {
			const before =
				day === null
					? month < pub.month
					: month < pub.month || (month === pub.month && day < pub.day);
			return {
				year: before ? pub.year : pub.year - 1,
				how: `the latest ${day === null ? name : `${day} ${name}`} before the publication ${day === null ? 'month' : 'day'} ("الماضي")`,
				problems
			};
		}
		case 'coming': {
			const after =
				day === null
					? month > pub.month
					: month > pub.month || (month === pub.month && day > pub.day);
			return {
				year: after ? pub.year : pub.year + 1,
				how: `the first ${day === null ? name : `${day} ${name}`} after the publication ${day === null ? 'month' : 'day'} ("المقبل")`,
				problems
			};
		}
		case 'current':
			if (month !== pub.month)
				problems.push(
					`The text calls ${name} the current month ("الجاري") but the publication date is in ${MONTH_NAMES_EN[pub.month - 1]}.`
				);
			return { year: pub.year, how: `${name} of the publication year ("الجاري")`, problems };
		default:
			return null;
	}
}

/** The candidate year nearest the anchor day for a day and month without a year. */
function nearestDayYear(
	month: number,
	day: number,
	pub: YMD,
	lean: Lean
): { year: number; distance: number } | null {
	const anchor = dayNumber(pub.year, pub.month, pub.day);
	let best: { year: number; distance: number } | null = null;
	for (const year of [pub.year - 1, pub.year, pub.year + 1]) {
		if (!isValidDate(year, month, day)) continue;
		const distance = dayNumber(year, month, day) - anchor;
		if (!fits(distance, lean)) continue;
		// Candidates come in time order, so a strict "<" keeps the earlier one on a tie.
		if (!best || Math.abs(distance) < Math.abs(best.distance)) best = { year, distance };
	}
	return best;
}

function nearestMonthYear(month: number, pub: YMD, lean: Lean): { year: number; distance: number } {
	const anchor = pub.year * 12 + pub.month;
	let best: { year: number; distance: number } | null = null;
	for (const year of [pub.year - 1, pub.year, pub.year + 1]) {
		const distance = year * 12 + month - anchor;
		if (fits(distance, lean) && (!best || Math.abs(distance) < Math.abs(best.distance)))
			best = { year, distance };
	}
	return best ?? { year: pub.year, distance: month - pub.month };
}

const leanWords = (lean: Lean) =>
	lean === 'past' ? ' on or before' : lean === 'future' ? ' on or after' : '';

function checkDayRelative(m: DateMention, date: string, pub: YMD | null, problems: string[]): void {
	if (m.relative === null || pub === null) return;
	const offset = DAY_OFFSET[m.relative];
	if (offset === undefined) return;
	const expected = addDays(isoDay(pub.year, pub.month, pub.day), offset);
	if (expected !== date)
		problems.push(
			`The text says ${DAY_WORD[m.relative]} is ${date} but the publication date makes it ${expected}.`
		);
}

function resolveDecade(m: DateMention, pub: YMD | null, problems: string[]): ResolvedDate {
	const decade = m.decade ?? 0;
	if (decade >= 1000)
		return {
			date: String(decade),
			end: String(decade + 9),
			precision: 'decade',
			how: `the decade ${decade}-${decade + 9} as stated`,
			problems
		};
	if (!pub)
		return fail(
			'a decade without its century',
			problems,
			'The decade names no century and there is no publication date to place it.'
		);
	let start = Math.floor(pub.year / 100) * 100 + decade;
	if (start > pub.year) start -= 100;
	return {
		date: String(start),
		end: String(start + 9),
		precision: 'decade',
		how: `the latest ${decade}s that began by the publication year`,
		problems
	};
}

function weekRange(pub: YMD, weeks: number): { date: string; end: string } {
	const n = dayNumber(pub.year, pub.month, pub.day);
	const sunday = n - weekdayOf(pub.year, pub.month, pub.day) + weeks * 7;
	return { date: dayOf(sunday), end: dayOf(sunday + 6) };
}

export function resolveDate(m: DateMention, anchor: Anchor): ResolvedDate {
	const problems = [...m.problems];
	if (m.calendar === 'hijri')
		return fail(
			'a Hijri date',
			problems,
			'Hijri dates are not converted to the Gregorian calendar.'
		);

	let pub: YMD | null = null;
	if (anchor.published !== null && anchor.published !== undefined) {
		pub = parseIsoDay(anchor.published);
		if (!pub)
			problems.push(`The publication date "${anchor.published}" is not a calendar day; ignored.`);
	}
	const ctxYear = validContextYear(anchor.contextYear);
	const lean: Lean = anchor.lean === 'past' || anchor.lean === 'future' ? anchor.lean : null;
	const pubNote = pub ? isoDay(pub.year, pub.month, pub.day) : '';

	if (m.form === 'decade') return resolveDecade(m, pub, problems);
	if (m.solar !== null && m.day === null)
		return fail('a Solar Hijri day that does not exist', problems);

	// A stated day that does not exist stays unresolved: never shifted to a neighbour.
	if (m.month !== null && m.day !== null) {
		const impossible = dayProblems(m.year, m.month, m.day);
		if (impossible.length > 0) return fail('a day that does not exist', problems);
	}

	if (m.month !== null) {
		const month = m.month;
		const day = m.day;
		let year: number;
		let how: string;
		if (m.year !== null) {
			year = m.year;
			how = m.solar ? `the Solar Hijri ${solarName(m.solar)}, converted` : 'year stated';
		} else if (m.relative !== null && relativeYearNeeded(m.relative)) {
			if (!pub)
				return fail(
					'relative to a publication date that is unknown',
					problems,
					'The date is relative to the publication date, which is unknown.'
				);
			const r = relativeYear(m.relative, month, day, pub);
			if (!r) return fail('unsupported relative form', problems);
			year = r.year;
			how = `${r.how}, from publication date ${pubNote}`;
			problems.push(...r.problems);
		} else if (pub) {
			if (day !== null) {
				const best = nearestDayYear(month, day, pub, lean);
				if (!best)
					return fail(
						'no nearby year has this day',
						problems,
						`${day} ${MONTH_NAMES_EN[month - 1]} does not occur in ${pub.year - 1}-${pub.year + 1}, the years around the publication date.`
					);
				year = best.year;
				how = `year ${year} puts it nearest${leanWords(lean)} the publication date ${pubNote} (${signedDays(best.distance)})`;
			} else {
				const best = nearestMonthYear(month, pub, lean);
				year = best.year;
				how = `year ${year} puts the month nearest${leanWords(lean)} the publication date ${pubNote}`;
			}
			if (ctxYear !== null && ctxYear !== year) how += `; the nearby year ${ctxYear} was not used`;
		} else if (ctxYear !== null) {
			year = ctxYear;
			how = `year ${year} stated nearby in the article (no publication date)`;
		} else
			return fail(
				'no year',
				problems,
				`${day === null ? '' : day + ' '}${MONTH_NAMES_EN[month - 1]} has no year, and there is no publication date or nearby year to supply one.`
			);

		if (day === null)
			return { date: isoMonth(year, month), end: null, precision: 'month', how, problems };
		if (!isValidDate(year, month, day))
			return fail(how, problems, `${day} ${MONTH_NAMES_EN[month - 1]} ${year} does not exist.`);
		const date = isoDay(year, month, day);
		let end: string | null = null;
		if (m.endDay !== null) {
			if (m.endDay > day && isValidDate(year, month, m.endDay)) end = isoDay(year, month, m.endDay);
			else problems.push(`The range's last day ${m.endDay} was not used.`);
		}
		const wp = weekdayProblem({ ...m, year, month, day });
		if (wp && !problems.includes(wp)) problems.push(wp);
		checkDayRelative(m, date, pub, problems);
		return { date, end, precision: 'day', how, problems };
	}

	if (m.form === 'day-relative-month' && m.day !== null)
		return resolveDayOfMonth(m, m.day, pub, problems);

	if (m.year !== null)
		return {
			date: String(m.year).padStart(4, '0'),
			end: null,
			precision: 'year',
			how: 'year stated',
			problems
		};

	// Everything below is relative to the publication day.
	if (!pub)
		return fail(
			'relative to a publication date that is unknown',
			problems,
			'The date is relative to the publication date, which is unknown.'
		);
	const n = dayNumber(pub.year, pub.month, pub.day);
	const pubWeekday = weekdayOf(pub.year, pub.month, pub.day);
	const rel = m.relative;

	const offset = rel === null ? undefined : DAY_OFFSET[rel];
	if (offset !== undefined) {
		const date = dayOf(n + offset);
		const d = fromDayNumber(n + offset);
		if (m.weekday !== null) {
			const actual = weekdayOf(d.year, d.month, d.day);
			if (actual !== m.weekday)
				problems.push(
					`The text says ${DAY_WORD[rel as Relative]} is ${WEEKDAY_NAMES_EN[m.weekday]} but ${date} is a ${WEEKDAY_NAMES_EN[actual]}.`
				);
		}
		return {
			date,
			end: null,
			precision: 'day',
			how: `${DAY_WORD[rel as Relative]}: publication date ${pubNote} ${offset === 0 ? '' : (offset > 0 ? '+' : '') + offset + ' day(s)'}`.trim(),
			problems
		};
	}

	if (m.weekday !== null) {
		const name = WEEKDAY_NAMES_EN[m.weekday];
		let delta: number;
		let how: string;
		if (rel === 'lastWeekday') {
			delta = -((pubWeekday - m.weekday + 7) % 7 || 7);
			how = `the latest ${name} before the publication date ${pubNote}`;
		} else if (rel === 'nextWeekday') {
			delta = (m.weekday - pubWeekday + 7) % 7 || 7;
			how = `the first ${name} after the publication date ${pubNote}`;
		} else {
			delta = (m.weekday - pubWeekday + 7) % 7;
			if (lean === 'past' ? delta > 0 : lean === null && delta > 3) delta -= 7;
			how = `the ${name} nearest${leanWords(lean)} the publication date ${pubNote} (${signedDays(delta)})`;
		}
		return { date: dayOf(n + delta), end: null, precision: 'day', how, problems };
	}

	switch (rel) {
		case 'thisWeek':
		case 'lastWeek':
		case 'nextWeek': {
			const w = weekRange(pub, rel === 'thisWeek' ? 0 : rel === 'lastWeek' ? -1 : 1);
			return {
				...w,
				precision: 'week',
				how: `the Sunday-to-Saturday week ${rel === 'thisWeek' ? 'holding' : rel === 'lastWeek' ? 'before' : 'after'} the publication date ${pubNote}`,
				problems
			};
		}
		case 'thisMonth':
		case 'lastMonth':
		case 'nextMonth': {
			const k =
				pub.year * 12 + pub.month - 1 + (rel === 'thisMonth' ? 0 : rel === 'lastMonth' ? -1 : 1);
			return {
				date: isoMonth(Math.floor(k / 12), (k % 12) + 1),
				end: null,
				precision: 'month',
				how: `the ${rel === 'thisMonth' ? 'publication' : rel === 'lastMonth' ? 'previous' : 'next'} month, from ${pubNote}`,
				problems
			};
		}
		case 'thisYear':
		case 'lastYear':
		case 'nextYear': {
			const y = pub.year + (rel === 'thisYear' ? 0 : rel === 'lastYear' ? -1 : 1);
			return {
				date: String(y),
				end: null,
				precision: 'year',
				how: `the ${rel === 'thisYear' ? 'publication' : rel === 'lastYear' ? 'previous' : 'next'} year, from ${pubNote}`,
				problems
			};
		}
		default:
			return fail('nothing to resolve', problems);
	}
}

/** "23 من الشهر الجاري": the day in the publication month, or the one before or after it. */
function resolveDayOfMonth(
	m: DateMention,
	day: number,
	pub: YMD | null,
	problems: string[]
): ResolvedDate {
	if (!pub)
		return fail(
			'relative to a publication date that is unknown',
			problems,
			'The date is relative to the publication date, which is unknown.'
		);
	const k =
		pub.year * 12 +
		pub.month -
		1 +
		(m.relative === 'lastMonth' ? -1 : m.relative === 'nextMonth' ? 1 : 0);
	const year = Math.floor(k / 12);
	const month = (k % 12) + 1;
	if (!isValidDate(year, month, day))
		return fail(
			'a day that does not exist',
			problems,
			`${day} ${MONTH_NAMES_EN[month - 1]} ${year} does not exist.`
		);
	const date = isoDay(year, month, day);
	let end: string | null = null;
	if (m.endDay !== null && m.endDay > day && isValidDate(year, month, m.endDay))
		end = isoDay(year, month, m.endDay);
	const wp = weekdayProblem({ ...m, year, month, day });
	if (wp && !problems.includes(wp)) problems.push(wp);
	return {
		date,
		end,
		precision: 'day',
		how: `day ${day} of the ${m.relative === 'lastMonth' ? 'month before the publication month' : m.relative === 'nextMonth' ? 'month after the publication month' : 'publication month'}, from ${isoDay(pub.year, pub.month, pub.day)}`,
		problems
	};
}

function relativeYearNeeded(rel: Relative): boolean {
	return (
		rel === 'past' ||
		rel === 'current' ||
		rel === 'coming' ||
		rel === 'lastYear' ||
		rel === 'thisYear' ||
		rel === 'nextYear'
	);
}
