/**
 * 'day-relative-month': a day of a month named only relative to the text, "23 من الشهر الجاري",
 * "الـ5 من هذا الشهر", "الأول من الشهر المقبل", "13 من ذات الشهر", "في الـ14 منه" (the month the
 * text is in: the page's, as "من الشهر نفسه"); the day comes from the caller's form.
 */
import { mention, type DateMention } from '../dateMention';
import { MONTH_MODS, modKind } from '../dateWords';
import { S, WORD_END } from '../patterns';
import { at, group, sticky } from '../sticky';
import { unitRelative } from './relativePeriod';

const RE_DAY_OF_UNIT_MONTH = sticky(
	`${S}+(?:من${S}+(?:(?:هذا|ذات|نفس)${S}+)?الشهر(?:${S}+(?<mod>${MONTH_MODS}))?|منه)${WORD_END}`
);

const DAY_BEFORE = /(?:^|\s)(?:في|يوم)\s+$/;

/** "23 من الشهر الجاري", "الـ5 من هذا الشهر", "الأول من الشهر المقبل": a day of a relative month. */
export function dayOfUnitMonth(
	text: string,
	start: number,
	pos: number,
	day: number,
	endDay: number | null
): DateMention | null {
	const u = at(RE_DAY_OF_UNIT_MONTH, text, pos);
	if (!u) return null;
	// "منه" alone ("of it") needs the day's own marks: "الـ14 منه", "في 14 منه", "يوم 14 منه"; not
	// a count ("قتل 14 منه").
	if (
		u[0].trimStart() === 'منه' &&
		!text.startsWith('ال', start) &&
		!DAY_BEFORE.test(text.slice(Math.max(0, start - 6), start))
	)
		return null;
	const mod = group(u, 'mod');
	const [relative] = unitRelative('الشهر', mod === undefined ? 'current' : modKind(mod));
	const out = mention(start, pos + u[0].length, 'day-relative-month');
	out.day = day;
	out.endDay = endDay;
	out.relative = relative;
	if (day > 31 || (endDay !== null && endDay <= day))
		out.problems.push(`The day range ${day}-${endDay} ends before it starts.`);
	return out;
}
