/**
 * 'ordinal-day-month': a day in words before a month, "الأول من يناير 2022", "الحادي والعشرين من
 * سبتمبر"; before "من الشهر الجاري" it is a 'day-relative-month'.
 */
import type { DateMention } from '../dateMention';
import { dated } from '../dated';
import { parseMonthGroup } from '../monthGroup';
import { parseTail } from '../monthTail';
import { ORDINAL_PATTERN, ordinalDay } from '../ordinals';
import { S, WORD_START } from '../patterns';
import { at, group, sticky } from '../sticky';
import { dayOfUnitMonth } from './dayOfUnitMonth';

const RE_ORD = sticky(`${WORD_START}${ORDINAL_PATTERN}${S}+من${S}+(?:شهر${S}+)?`);

export function tryOrdinal(text: string, pos: number): DateMention | null {
	const m = at(RE_ORD, text, pos);
	if (!m) return null;
	const day = ordinalDay(group(m, 'ou') ?? '', group(m, 'oteen'), group(m, 'otens'));
	if (day === null) return null;
	// RE_ORD has consumed "من": back up to it for "الأول من الشهر الجاري".
	const unit = dayOfUnitMonth(text, pos, pos + m[0].search(/[ \t]+من[ \t]/), day, null);
	if (unit) return unit;
	const mg = parseMonthGroup(text, pos + m[0].length);
	if (!mg) return null;
	mg.rangeNext = -1;
	return dated(pos, day, null, mg, parseTail(text, mg.end), 'ordinal-day-month');
}
