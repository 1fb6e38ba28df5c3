/**
 * 'day-month': a day (or a range of days) before a month, "23 نوفمبر/تشرين الثاني 2023",
 * "GMT28 أكتوبر/ تشرين الأول 2021", "23rd, November 2023", "16-17 سبتمبر", "الـ23 من شهر نوفمبر",
 * "5 مايو الماضي"; before "من الشهر الجاري" it is a 'day-relative-month'.
 */
import type { DateMention } from '../dateMention';
import { dated } from '../dated';
import { parseMonthGroup } from '../monthGroup';
import { parseTail } from '../monthTail';
import { DAY_NUMBER, L, ORDINAL_SUFFIX, S } from '../patterns';
import { at, group, sticky } from '../sticky';
import { dayOfUnitMonth } from './dayOfUnitMonth';

// A day: not the tail of a longer number, a decimal, a clock time or a numeric date.
const DAY_EDGE = `(?<![\\d.:])(?<!\\d[,/\\-])`;
const RE_DAYS = sticky(
	`${DAY_EDGE}(?<d>${DAY_NUMBER})${ORDINAL_SUFFIX}?(?!\\d)(?:${S}*(?:-|و|الي|حتي|to|and|&)${S}*(?<d2>${DAY_NUMBER})${ORDINAL_SUFFIX}?(?!\\d))?`
);
const RE_ARTICLE_BEFORE = sticky(`(?<=(?<![${L}])ال)`);
const RE_SEP_DM = sticky(`${S}*(?:[,،\\-/]${S}*)?(?:من${S}+)?(?:شهر${S}*)?`);

export function tryDayFirst(text: string, pos: number): DateMention | null {
	const m = at(RE_DAYS, text, pos);
	if (!m) return null;
	const day = Number(group(m, 'd'));
	const d2 = group(m, 'd2');
	const endDay = d2 === undefined ? null : Number(d2);
	// "الـ23 من نوفمبر": the article glued to the number belongs to the date.
	const start = at(RE_ARTICLE_BEFORE, text, pos) ? pos - 2 : pos;
	let p = pos + m[0].length;
	const unit = dayOfUnitMonth(text, start, p, day, endDay);
	if (unit) return unit;
	p += at(RE_SEP_DM, text, p)?.[0].length ?? 0;
	const mg = parseMonthGroup(text, p);
	if (!mg) return null;
	if (mg.rangeNext >= 0) mg.rangeNext = -1;
	const tail = parseTail(text, mg.end);
	return dated(start, day, endDay, mg, tail, 'day-month');
}
