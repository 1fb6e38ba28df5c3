/**
 * A Solar Hijri (Persian) date as Iranian outlets' Arabic pages write it: a day, a Solar Hijri
 * month and a solar year, "۸ بهمن ۱۴۰۰", "26 شهريور 1400", "۲۲ تیر ماه ۱۴۰۱ هـ.ش", "۲۲ و۲۳ تیر
 * ۱۴۰۱". Several month names are words or other calendars' names (مهر "dowry", تير, دي, آذر the
 * Levantine March), so one is a date ONLY with the day before it and a year of 1300-1499 after
 * it: "آذر 2021" stays March and "يوم ۶ بهمن" names no day. Form 'day-month', with `solar` set and
 * the Gregorian day in `year`/`month`/`day` (solarDated.ts); a weekday in front joins it as usual.
 */
import type { DateMention } from '../dateMention';
import { SOLAR_MONTHS, solarMonthEntry } from '../months';
import { DAY_NUMBER, L, S, SOLAR_ERA_NAME, WORD_END, WORD_START, alternation } from '../patterns';
import { solarDated } from '../solarDated';
import { at, group, sticky } from '../sticky';

const SOLAR_MONTH = `${WORD_START}(?<m>${alternation(SOLAR_MONTHS.map((m) => m.name))})(?:${S}*ماه)?${WORD_END}`;
/** The solar era, written after the year or not at all. */
const SOLAR_ERA = `(?:${S}*(?:${SOLAR_ERA_NAME})(?![${L}]))?`;
/** A solar year: 1300-1499, not the head of a longer number or of a numeric date. */
const SOLAR_YEAR = `(?<y>1[34]\\d\\d)(?!\\d|[./]\\d)`;

const RE_SOLAR_DM = sticky(
	`(?<![\\d.:])(?<!\\d[,/\\-])(?<d>${DAY_NUMBER})(?!\\d)(?:${S}*(?:-|و|الي|حتي)${S}*(?<d2>${DAY_NUMBER})(?!\\d))?` +
		`${S}*(?:[,،\\-/]${S}*)?(?:من${S}+)?${SOLAR_MONTH}${S}*(?:[,،]${S}*)?${SOLAR_YEAR}${SOLAR_ERA}`
);

/** How far after the day a solar year can stand: "۲۲ و۲۳ اردیبهشت ماه ۱۴۰۱". */
const REACH = 40;

/** A "13" or "14" within reach: most numbers have no solar year after them, and this is cheap. */
function solarYearNear(text: string, pos: number): boolean {
	const end = Math.min(text.length - 3, pos + REACH);
	for (let i = pos + 1; i < end; i++)
		if (text.charCodeAt(i) === 0x31) {
			const c = text.charCodeAt(i + 1);
			if (c === 0x33 || c === 0x34) return true;
		}
	return false;
}

export function trySolarDayMonth(text: string, pos: number): DateMention | null {
	if (!solarYearNear(text, pos)) return null;
	const m = at(RE_SOLAR_DM, text, pos);
	if (!m) return null;
	const entry = solarMonthEntry(group(m, 'm') ?? '');
	if (!entry) return null;
	const d2 = group(m, 'd2');
	return solarDated(
		pos,
		pos + m[0].length,
		Number(group(m, 'y')),
		entry.month,
		Number(group(m, 'd')),
		d2 === undefined ? null : Number(d2),
		'day-month'
	);
}
