/**
 * Builds the mention of a day (or none), a month group and its tail: Gregorian numbers, or a Hijri
 * date when the month or the era marker is Hijri, with the problems of each.
 */
import { mention, type DateForm, type DateMention } from './dateMention';
import { dayProblems } from './dayProblems';
import type { MonthGroup } from './monthGroup';
import type { Tail } from './monthTail';
import { MONTH_NAMES_EN } from './months';

/** A mention from a day (or none), a month group and its tail. */
export function dated(
	start: number,
	day: number | null,
	endDay: number | null,
	mg: MonthGroup,
	tail: Tail,
	form: DateForm
): DateMention {
	const m = mention(start, tail.end > mg.end ? tail.end : mg.end, form);
	m.problems.push(...mg.problems);
	const hijriMonth = mg.entry.family === 'hijri';
	if (hijriMonth || tail.hijriEra) {
		m.calendar = 'hijri';
		m.hijri = { year: tail.year, month: hijriMonth ? mg.entry.month : null, day };
		if (hijriMonth && !tail.hijriEra && tail.year !== null && tail.year >= 1600) {
			// "رمضان 2023": a Hijri month labelled with the Gregorian year it fell in.
			m.hijri.year = null;
			m.problems.push(
				`A Hijri month with the Gregorian year ${tail.year}: its days cannot be placed without conversion.`
			);
		} else if (!hijriMonth)
			m.problems.push(
				`The year carries the Hijri era marker but ${MONTH_NAMES_EN[mg.entry.month - 1]} is a Gregorian month.`
			);
		else if (tail.gregorianEra)
			m.problems.push('A Hijri month is followed by a year marked as Gregorian.');
		return m;
	}
	m.year = tail.year;
	m.month = mg.entry.month;
	m.day = day;
	m.endDay = endDay;
	m.relative = tail.relative;
	if (day !== null) m.problems.push(...dayProblems(m.year, m.month, day));
	if (endDay !== null && day !== null) {
		if (endDay <= day) m.problems.push(`The day range ${day}-${endDay} ends before it starts.`);
		else m.problems.push(...dayProblems(m.year, m.month, endDay));
	}
	return m;
}
