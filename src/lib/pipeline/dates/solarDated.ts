/**
 * The mention of a Solar Hijri (Persian) date, converted at once to its Gregorian day: the
 * calendar is a fixed arithmetic one, so unlike a sighted Hijri month nothing is left to doubt.
 *
 *   solarDated(start, end, year, month, day, endDay, form): DateMention
 *
 * `solar` keeps the numbers as written; `year`/`month`/`day` are the Gregorian day (calendar
 * 'gregorian'), so a weekday beside it and everything downstream read it like any full date. A
 * day the calendar does not have ("31 مهر", Mehr has 30) is kept with a problem, never moved, and
 * states no Gregorian numbers.
 */
import { parseIsoDay } from './calendar';
import { mention, type DateForm, type DateMention } from './dateMention';
import { SOLAR_MONTH_NAMES_EN, solarMonthEntry, type MonthEntry } from './months';
import { solarHijriToGregorian } from './solarHijriToGregorian';

/** The years read as Solar Hijri: 1300 (1921) to 1499 (2121), never a Gregorian or lunar one. */
export const SOLAR_YEAR_MIN = 1300;
export const SOLAR_YEAR_MAX = 1499;

export function isSolarYear(year: number): boolean {
	return year >= SOLAR_YEAR_MIN && year <= SOLAR_YEAR_MAX;
}

/**
 * "آذر 1400", "الأول من آذر 1400": a name of another calendar that is also a Solar Hijri month's,
 * with a solar year, is no Gregorian date (the Levantine March of 1400 is no news).
 */
export function solarInDisguise(entry: MonthEntry, year: number | null): boolean {
	return year !== null && isSolarYear(year) && solarMonthEntry(entry.name) !== null;
}

/** "8 Bahman 1400", for messages and the resolver's `how`. */
export function solarName(s: { year: number; month: number; day: number }): string {
	return `${s.day} ${SOLAR_MONTH_NAMES_EN[s.month - 1] ?? `month ${s.month}`} ${s.year}`;
}

export function solarDated(
	start: number,
	end: number,
	year: number,
	month: number,
	day: number,
	endDay: number | null,
	form: DateForm
): DateMention {
	const m = mention(start, end, form);
	m.solar = { year, month, day };
	const iso = solarHijriToGregorian(year, month, day);
	const g = iso === null ? null : parseIsoDay(iso);
	if (!g) {
		m.problems.push(`${solarName(m.solar)} does not exist in the Solar Hijri calendar.`);
		return m;
	}
	m.year = g.year;
	m.month = g.month;
	m.day = g.day;
	if (endDay === null) return m;
	// "۲۲ و۲۳ تیر": the last day is kept when it falls in the same Gregorian month.
	const last = endDay > day ? solarHijriToGregorian(year, month, endDay) : null;
	const lg = last === null ? null : parseIsoDay(last);
	if (lg && lg.year === g.year && lg.month === g.month) m.endDay = lg.day;
	else
		m.problems.push(
			endDay <= day
				? `The day range ${day}-${endDay} ends before it starts.`
				: `The range's last day, ${solarName({ year, month, day: endDay })}, is not kept: it is not in the Gregorian month of its first.`
		);
	return m;
}
