/**
 * The one year, among those given, in which a day and month fell on the weekday named:
 * "الثلاثاء 13 أيلول" is 13 September 2022 among 2021–2023. Null when no year or more than one
 * fits: a weekday narrows a date to one year in seven, a window of years must do the rest.
 */
import { isoDay, isValidDate, weekdayOf } from './calendar';

export function yearByWeekday(
	month: number,
	day: number,
	weekday: number,
	years: readonly number[]
): string | null {
	const fits = years.filter(
		(y) => isValidDate(y, month, day) && weekdayOf(y, month, day) === weekday
	);
	return fits.length === 1 ? isoDay(fits[0]!, month, day) : null;
}
