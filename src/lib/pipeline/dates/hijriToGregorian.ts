/**
 * A Hijri day on the Gregorian calendar, by the Umm al-Qura calendar the platform's Intl knows
 * (ICU's islamic-umalqura), not a hand-made table: the day whose Umm al-Qura reading is the
 * given year, month and day, searched around the usual estimate. Null for a day that calendar
 * does not have. Outlets that follow local sighting may be a day off; callers compare, not trust.
 */
import { addDays, isoDay } from './calendar';
import { calendarReader, findCalendarDay } from './findCalendarDay';

const readUmmAlQura = calendarReader('islamic-umalqura');

export function hijriToGregorian(year: number, month: number, day: number): string | null {
	if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1300 || year > 1600) return null;
	// Days since the Hijri epoch (16 July 622) at 354.367 days a year, then a walk to the day.
	const estimate = Math.round((year - 1) * 354.367 + (month - 1) * 29.53 + day - 1);
	const start = addDays(isoDay(622, 7, 16), estimate);
	return findCalendarDay(readUmmAlQura, [year, month, day], start, 40);
}
