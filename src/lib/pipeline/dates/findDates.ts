/**
 * Finds date mentions in NORMALISED Arabic text (normalize.ts) and says what each one states,
 * without resolving anything against a publication date (that is resolveDate.ts).
 *
 *   findDates(text: string): DateMention[]   // sorted by start, never overlapping, never throws
 *
 * Offsets are into the normalised text; the caller maps them back with toRawSpan. One linear
 * scan (scanWords.ts) stops only on digits, "(" and date words (month and weekday names,
 * اليوم/أمس/غدا, هذا/العام/الشهر/الأسبوع, qualifiers, decades, ordinals, prepositions before a year);
 * at each stop small sticky regexes, compiled once, try the forms that can start there, most
 * specific first, and the scan resumes after the mention found. Forms (`form`):
 *
 * - 'day-month'        "23 نوفمبر/تشرين الثاني 2023", "GMT28 أكتوبر/ تشرين الأول 2021",
 *                      "23rd, November 2023", "16-17 سبتمبر", "الـ23 من شهر نوفمبر", "5 مايو الماضي"
 * - 'ordinal-day-month' "الأول من يناير 2022", "الحادي والعشرين من سبتمبر"
 * - 'month-day'        "November 23, 2023", "نوفمبر 23، 2023" (an Arabic name needs the year)
 * - 'day-relative-month' "23 من الشهر الجاري", "الأول من الشهر المقبل": `day` and a *Month `relative`
 * - 'month'            "مايو/أيار 2021", "سبتمبر (أيلول) 2022", "(نوفمبر) تشرين الثاني", "مايو الماضي",
 *                      "شهر مارس", "مارس العام الماضي" (ambiguous names need such context)
 * - 'numeric-dmy' | 'numeric-mdy' | 'numeric-ymd'  "7-6-2022" (day first, as Arabic outlets
 *                      write), "13/5/2022" read month-first only when the first number cannot be
 *                      a month (reported), ISO "2023-11-23"
 * - 'year'             "عام 1992", "العام 2023", "مطلع 2023", "عامي 2021 و2022"; the caller decides
 *                      whether a founding year is an event
 * - 'bare-year'        "في 2022", "منذ 2014": 1900-2099 after a preposition, weaker ("في 2000 موقع"
 *                      is a count), so the caller can weigh it apart
 * - 'hijri'            "1445 هـ": calendar 'hijri', `year` stays null, the Hijri numbers go in `hijri`
 * - Solar Hijri        "۸ بهمن ۱۴۰۰", "السبت 26 شهريور 1400", "۲۲ تیر ماه ۱۴۰۱ هـ.ش" ('day-month'),
 *                      "۱۴۰۰/۱۱/۰۸" ('numeric-ymd', any year-first date of 1300-1499 without the
 *                      lunar "هـ"): `solar` keeps the numbers, `year`/`month`/`day` are the Gregorian
 *                      day (solarDated.ts). A Solar Hijri month needs the day before it and a year of
 *                      1300-1499 after it (مهر, تير, دي are words; "آذر 2021" is the Levantine March)
 * - 'decade'           "أوائل العقد الأول من القرن الحادي والعشرين", "تسعينيات القرن الماضي"
 * - 'weekday'          "يوم الثلاثاء", "الخميس الماضي", bare "الثلاثاء"
 * - 'relative-day'     "اليوم", "اليوم /الخميس/", "أمس", "أول من أمس", "غداً", "بعد غد"
 * - 'relative-week' | 'relative-month' | 'relative-year'  "هذا الأسبوع", "الشهر الماضي", "العام الجاري"
 *
 * A weekday or relative day in front of a date joins it ("اليوم الخميس 23 نوفمبر 2023",
 * "Thursday, November 23, 2023"): the mention keeps the date's form with `weekday` / `relative`
 * set, and a weekday that contradicts a full date is a problem. Days that do not exist
 * ("31 سبتمبر", "29 فبراير 2023") are kept with a problem, never moved. Clock times ("19:04"),
 * counts ("6 آلاف", "40 معسكر") and numbers inside longer numbers are not dates.
 *
 * This file is the scan and the dispatch; each form lives in forms/ with its own regexes, on the
 * shared pieces: dateMention.ts (the type), monthGroup.ts, monthTail.ts, dated.ts, dayProblems.ts,
 * dateWords.ts, datePatterns.ts and the trigger lexicon dateLexicon.ts.
 */
import type { DateMention } from './dateMention';
import { F_DEC, F_MONTH, F_ORD, F_PREP, F_QUAL, F_REL, F_UNIT, F_WD, LEXICON } from './dateLexicon';
import { tryDayFirst } from './forms/dayMonth';
import { tryDecade } from './forms/decade';
import { tryMonthFirst } from './forms/monthFirst';
import { tryNumeric } from './forms/numeric';
import { tryOrdinal } from './forms/ordinalDayMonth';
import { tryQualified } from './forms/qualified';
import { tryRelDay } from './forms/relativeDay';
import { tryUnit } from './forms/relativePeriod';
import { trySolarDayMonth } from './forms/solarDayMonth';
import { tryWeekday } from './forms/weekday';
import { tryHijriYear, tryYearContinuation, tryYearCue, tryYearPrep } from './forms/year';
import { MONTH, S } from './patterns';
import { DIGITS, PAREN, scanWords } from './scanWords';
import { at, sticky } from './sticky';

const RE_PAREN_MONTH = sticky(`\\(${S}*${MONTH}`);

/** True when only spaces stand between `end` and a digit: a preposition's year, a cheap test. */
function digitFollows(text: string, end: number): boolean {
	let i = end;
	while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
	const c = text.charCodeAt(i);
	return i > end && c >= 0x30 && c <= 0x39;
}

function dispatch(text: string, pos: number, flags: number, end: number): DateMention | null {
	if (flags === DIGITS)
		return (
			tryNumeric(text, pos) ??
			trySolarDayMonth(text, pos) ??
			tryDayFirst(text, pos) ??
			tryHijriYear(text, pos)
		);
	if (flags === PAREN)
		return at(RE_PAREN_MONTH, text, pos) ? tryMonthFirst(text, pos, false) : null;
	let m: DateMention | null = null;
	if (flags & F_MONTH) m = tryMonthFirst(text, pos, false);
	if (!m && flags & F_WD) m = tryWeekday(text, pos);
	if (!m && flags & F_REL) m = tryWeekday(text, pos) ?? tryRelDay(text, pos);
	if (!m && flags & F_UNIT) m = tryYearCue(text, pos) ?? tryUnit(text, pos);
	if (!m && flags & F_QUAL) m = tryQualified(text, pos);
	if (!m && flags & F_DEC) m = tryDecade(text, pos);
	if (!m && flags & F_ORD) m = tryOrdinal(text, pos);
	if (!m && flags & F_PREP && digitFollows(text, end)) m = tryYearPrep(text, pos);
	return m;
}

export function findDates(text: string): DateMention[] {
	const out: DateMention[] = [];
	if (typeof text !== 'string' || text.length === 0) return out;
	scanWords(text, LEXICON, (pos, flags, wordEnd) => {
		// Most prepositions ("في", "من") are followed by no year: skip them without a regex.
		if (flags === F_PREP && !digitFollows(text, wordEnd)) return -1;
		const found = dispatch(text, pos, flags, wordEnd);
		if (!found || found.end <= found.start) return -1;
		out.push(found);
		let end = found.end;
		// "عامي 2021 و2022", "2021-2022": a year list continues.
		while (found.form === 'year' || found.form === 'bare-year' || found.form === 'hijri') {
			const next = tryYearContinuation(text, end);
			if (!next) break;
			if (next.form === 'year') next.form = found.form === 'bare-year' ? 'bare-year' : 'year';
			out.push(next);
			end = next.end;
			if (next.form !== found.form) break;
		}
		return Math.max(end, pos + 1);
	});
	return out;
}
