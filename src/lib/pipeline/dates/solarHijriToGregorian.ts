/**
 * A day of the Solar Hijri (Persian) calendar on the Gregorian one, by the calendar the platform's
 * Intl knows (ICU's persian), not a hand-made table: the day whose Persian reading is the given
 * year, month and day, searched around the usual estimate (the year starts about 21 March, year
 * + 621). Iranian outlets date pages and addresses so ("/news/1400/06/26/", "۲۶ شهریور ۱۴۰۰").
 * Null for a day that calendar does not have.
 */
import { addDays, isoDay } from './calendar';
import { calendarReader, findCalendarDay } from './findCalendarDay';

const readPersian = calendarReader('persian');

export function solarHijriToGregorian(year: number, month: number, day: number): string | null {
	if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1300 || year > 1500) return null;
	// Months 1–6 have 31 days, 7–11 have 30, the last 29 or 30.
	const before = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
	const start = addDays(isoDay(year + 621, 3, 21), before + day - 1);
	return findCalendarDay(readPersian, [year, month, day], start, 3);
}
