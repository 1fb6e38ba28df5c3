/**
 * A weekday or relative day in front of a date joins it ("اليوم الخميس 23 نوفمبر 2023",
 * "Thursday, November 23, 2023"): the date keeps its form with `weekday` / `relative` set, and a
 * weekday that contradicts it is a problem.
 */
import { mention, type DateMention, type Relative } from '../dateMention';
import { RE_GAP } from '../datePatterns';
import { weekdayProblem } from '../dayProblems';
import { at, group, sticky } from '../sticky';
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
		monthDayOnly(text, p) ??
		slashDayMonth(text, p)
	);
}

/** "13/1", "13-1", "13 / 1" after a weekday: a day and month, the year left to the page's. */
const RE_SLASH_DM = sticky(
	`(?<!\\d)(?<a>\\d{1,2})\\s?[/\\-]\\s?(?<b>\\d{1,2})(?!\\d|\\s?[./\\-]\\s?\\d)`
);

/**
 * "الخميس 13/1:", "الإثنين 17-1": a digest's or a bulletin's day headers write day and month
 * alone, day first ("1/13" only when 13 cannot be a month). Only after a weekday or a relative
 * day (a bare "13/1" is as likely a score or a ratio).
 */
function slashDayMonth(text: string, pos: number): DateMention | null {
	const m = at(RE_SLASH_DM, text, pos);
	if (!m) return null;
	let day = Number(group(m, 'a'));
	let month = Number(group(m, 'b'));
	if (month > 12 && day <= 12) [day, month] = [month, day];
	if (day < 1 || day > 31 || month < 1 || month > 12) return null;
	const out = mention(pos, pos + m[0].length, 'day-month');
	out.day = day;
	out.month = month;
	return out;
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
