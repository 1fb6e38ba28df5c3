/**
 * A weekday or relative day in front of a date joins it ("اليوم الخميس 23 نوفمبر 2023",
 * "Thursday, November 23, 2023"): the date keeps its form with `weekday` / `relative` set, and a
 * weekday that contradicts it is a problem.
 */
import type { DateMention, Relative } from '../dateMention';
import { RE_GAP } from '../datePatterns';
import { weekdayProblem } from '../dayProblems';
import { at } from '../sticky';
import { tryDayFirst } from './dayMonth';
import { tryMonthFirst } from './monthFirst';
import { tryNumeric } from './numeric';
import { tryOrdinal } from './ordinalDayMonth';
import { trySolarDayMonth } from './solarDayMonth';

/** A date right after a weekday or relative day, across "،", "/", "(", "الموافق". */
export function tryDateAfter(text: string, pos: number): DateMention | null {
	const p = pos + (at(RE_GAP, text, pos)?.[0].length ?? 0);
	if (p === pos && p < text.length && !/\d/.test(text[p] ?? '')) return null;
	return (
		tryNumeric(text, p) ??
		trySolarDayMonth(text, p) ??
		tryDayFirst(text, p) ??
		tryOrdinal(text, p) ??
		monthDayOnly(text, p)
	);
}

function monthDayOnly(text: string, pos: number): DateMention | null {
	const m = tryMonthFirst(text, pos, false);
	return m && m.form === 'month-day' ? m : null;
}

/** `datedMention`, started at `start`, with the weekday and relative day in front of it. */
export function joinDay(
	datedMention: DateMention,
	start: number,
	weekday: number | null,
	relative: Relative | null
): DateMention {
	datedMention.start = start;
	if (weekday !== null && datedMention.calendar === 'gregorian') datedMention.weekday = weekday;
	if (relative !== null && datedMention.relative === null) datedMention.relative = relative;
	const p = weekdayProblem(datedMention);
	if (p) datedMention.problems.push(p);
	return datedMention;
}
