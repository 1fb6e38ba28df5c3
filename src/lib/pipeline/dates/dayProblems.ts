/**
 * Problems of a stated day: a day its month does not have, a weekday that is not the date's.
 */
import { daysInMonth, isValidDate, isoDay, maxDaysInMonth, weekdayOf } from './calendar';
import type { DateMention } from './dateMention';
import { MONTH_NAMES_EN } from './months';
import { WEEKDAY_NAMES_EN } from './weekdays';

function dayName(day: number, month: number, year: number | null): string {
	return `${day} ${MONTH_NAMES_EN[month - 1]}${year === null ? '' : ' ' + year}`;
}

/** Problems of a stated day that cannot exist; the day is kept, never moved. */
export function dayProblems(year: number | null, month: number, day: number): string[] {
	if (year !== null) {
		if (isValidDate(year, month, day)) return [];
		return [
			`${dayName(day, month, year)} does not exist: ${MONTH_NAMES_EN[month - 1]} ${year} has ${daysInMonth(year, month)} days.`
		];
	}
	const max = maxDaysInMonth(month);
	return day <= max
		? []
		: [
				`${dayName(day, month, null)} does not exist: ${MONTH_NAMES_EN[month - 1]} has at most ${max} days.`
			];
}

/** A weekday stated next to a full date must be that date's weekday. */
export function weekdayProblem(m: DateMention): string | null {
	if (m.weekday === null || m.year === null || m.month === null || m.day === null) return null;
	if (!isValidDate(m.year, m.month, m.day)) return null;
	const actual = weekdayOf(m.year, m.month, m.day);
	if (actual === m.weekday) return null;
	return `The text says ${WEEKDAY_NAMES_EN[m.weekday]} but ${isoDay(m.year, m.month, m.day)} is a ${WEEKDAY_NAMES_EN[actual]}.`;
}
