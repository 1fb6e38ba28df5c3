/**
 * Numeric dates: 'numeric-dmy' "7-6-2022" (day first, as Arabic outlets write), 'numeric-mdy'
 * "13/5/2022" only when the first number cannot be a month (reported), 'numeric-ymd' "2023-11-23".
 * Year first with a year of 1300-1499 is no Gregorian day: Iranian pages write the Solar Hijri
 * date so ("۱۴۰۰/۱۱/۰۸", "1400/11/08 هـ.ش"), converted (solarDated.ts); with the lunar era
 * marker ("1443/06/25 هـ") it is a Hijri date.
 */
import { mention, type DateForm, type DateMention } from '../dateMention';
import { dayProblems } from '../dayProblems';
import { HIJRI_ERA, L, S, SOLAR_ERA_NAME } from '../patterns';
import { isSolarYear, solarDated } from '../solarDated';
import { at, group, sticky } from '../sticky';

const RE_NUM_DMY = sticky(
	`(?<!\\d)(?<!\\d[./\\-])(?<a>\\d{1,2})${S}*(?<s>[./\\-])${S}*(?<b>\\d{1,2})${S}*\\k<s>${S}*(?<y>\\d{4})(?:(?!\\d|[./\\-]\\d)|(?=\\d{1,2}:\\d\\d))`
);
const RE_NUM_YMD = sticky(
	`(?<!\\d)(?<!\\d[./\\-])(?<y>\\d{4})(?<s>[./\\-])(?<b>\\d{1,2})\\k<s>(?<a>\\d{1,2})(?!\\d|[./\\-]\\d)`
);

// The solar era's spellings first: "هـ.ش" is not the lunar "هـ".
const RE_ERA_AFTER = sticky(`${S}*(?<era>${SOLAR_ERA_NAME}|هجريه|هجريا|هجري|للهجره|ه)(?![${L}])`);

/** "1400/11/08": a Solar Hijri day, or a lunar Hijri one when its era marker says so. */
function notGregorian(
	text: string,
	pos: number,
	end: number,
	year: number,
	month: number,
	day: number
): DateMention {
	const era = at(RE_ERA_AFTER, text, end);
	const name = era ? group(era, 'era') : undefined;
	const to = end + (era?.[0].length ?? 0);
	if (name === undefined || !HIJRI_ERA.has(name))
		return solarDated(pos, to, year, month, day, null, 'numeric-ymd');
	const m = mention(pos, to, 'numeric-ymd');
	m.calendar = 'hijri';
	m.hijri = { year, month, day };
	return m;
}

export function tryNumeric(text: string, pos: number): DateMention | null {
	let m = at(RE_NUM_YMD, text, pos);
	let form: DateForm = 'numeric-ymd';
	let year: number;
	let month: number;
	let day: number;
	const problems: string[] = [];
	if (m) {
		year = Number(group(m, 'y'));
		month = Number(group(m, 'b'));
		day = Number(group(m, 'a'));
		if (month < 1 || month > 12 || day < 1 || day > 31) return null;
		if (isSolarYear(year)) return notGregorian(text, pos, pos + m[0].length, year, month, day);
	} else {
		m = at(RE_NUM_DMY, text, pos);
		if (!m) return null;
		year = Number(group(m, 'y'));
		const a = Number(group(m, 'a'));
		const b = Number(group(m, 'b'));
		if (b >= 1 && b <= 12 && a >= 1 && a <= 31) {
			form = 'numeric-dmy';
			day = a;
			month = b;
		} else if (a >= 1 && a <= 12 && b >= 13 && b <= 31) {
			form = 'numeric-mdy';
			day = b;
			month = a;
			problems.push(
				`Read "${m[0].trim()}" month first, against the day-first custom, because ${b} cannot be a month.`
			);
		} else return null;
	}
	if (year < 1000 || year > 2199) return null;
	const out = mention(pos, pos + m[0].length, form);
	out.year = year;
	out.month = month;
	out.day = day;
	out.problems.push(...problems, ...dayProblems(year, month, day));
	return out;
}
