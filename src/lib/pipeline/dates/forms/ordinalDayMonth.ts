/**
 * 'ordinal-day-month': a day in words before a month, "الأول من يناير 2022", "الحادي والعشرين من
 * سبتمبر", or a range of two ("بين الأول والسادس من سبتمبر", "من الأول حتى السادس من سبتمبر");
 * before "من الشهر الجاري" it is a 'day-relative-month'; "غرة أيلول" is the month's first.
 */
import type { DateMention } from '../dateMention';
import { dated } from '../dated';
import { parseMonthGroup } from '../monthGroup';
import { parseTail } from '../monthTail';
import { ORDINAL_PATTERN, ordinalDay } from '../ordinals';
import { S, WORD_START } from '../patterns';
import { solarInDisguise } from '../solarDated';
import { at, group, sticky } from '../sticky';
import { dayOfUnitMonth } from './dayOfUnitMonth';

const RE_ORD = sticky(`${WORD_START}${ORDINAL_PATTERN}${S}+من${S}+(?:شهر${S}+)?`);
/** "غرة أيلول", "غرة شهر رمضان": the month's first day, the month in construct after it. */
const RE_GHURRA = sticky(`${WORD_START}غره${S}+(?:شهر${S}+)?`);

/** The first day of a range in words, up to the joint: "الأول و", "الأول حتى", "الأول إلى". */
const RE_ORD_FIRST = sticky(
	// "الثاني والعشرين" is one day (22), not a range: a tens word after "و" belongs to it.
	`${WORD_START}${ORDINAL_PATTERN}${S}+(?:(?:حتي|الي|لغايه)${S}+|و${S}*(?=ال)(?!العشرين|الثلاثين))`
);

export function tryOrdinal(text: string, pos: number): DateMention | null {
	return tryOrdinalRange(text, pos) ?? tryOrdinalDay(text, pos);
}

function tryOrdinalRange(text: string, pos: number): DateMention | null {
	const m = at(RE_ORD_FIRST, text, pos);
	if (!m) return null;
	const first = ordinalDay(group(m, 'ou') ?? '', group(m, 'oteen'), group(m, 'otens'));
	const last = first === null ? null : tryOrdinalDay(text, pos + m[0].length);
	if (
		first === null ||
		!last ||
		last.form !== 'ordinal-day-month' ||
		last.calendar !== 'gregorian' ||
		last.day === null ||
		last.endDay !== null ||
		last.day <= first
	)
		return null;
	return { ...last, start: pos, day: first, endDay: last.day };
}

function tryGhurra(text: string, pos: number): DateMention | null {
	const m = at(RE_GHURRA, text, pos);
	const mg = m && parseMonthGroup(text, pos + m[0].length);
	if (!mg) return null;
	mg.rangeNext = -1;
	const tail = parseTail(text, mg.end);
	if (solarInDisguise(mg.entry, tail.year)) return null;
	return dated(pos, 1, null, mg, tail, 'ordinal-day-month');
}

function tryOrdinalDay(text: string, pos: number): DateMention | null {
	const m = at(RE_ORD, text, pos);
	if (!m) return tryGhurra(text, pos);
	const day = ordinalDay(group(m, 'ou') ?? '', group(m, 'oteen'), group(m, 'otens'));
	if (day === null) return null;
	// RE_ORD has consumed "من": back up to it for "الأول من الشهر الجاري".
	const unit = dayOfUnitMonth(text, pos, pos + m[0].search(/[ \t]+من[ \t]/), day, null);
	if (unit) return unit;
	const mg = parseMonthGroup(text, pos + m[0].length);
	if (!mg) return null;
	mg.rangeNext = -1;
	const tail = parseTail(text, mg.end);
	if (solarInDisguise(mg.entry, tail.year)) return null;
	return dated(pos, day, null, mg, tail, 'ordinal-day-month');
}
