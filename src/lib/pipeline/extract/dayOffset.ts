/**
 * "قبول وقف إطلاق النار اليوم الأربعاء، بعد يوم من إطلاق أذربيجان عملية عسكرية": a happening
 * named as a point of reference a stated count of days or weeks after ("بعد … من/على") is dated
 * by that count back from the day the sentence states before it. An approximate count ("بعد أقل
 * من أسبوع", "نحو أسبوعين"), a month or more, or no day stated before the count dates nothing.
 * Normalised text.
 */
import { addDays } from '../dates/calendar';
import type { Span } from './clause';
import type { DateHit, Sentence } from './types';

const UNITS: Record<string, number> = { يوم: 1, يومين: 2, اسبوع: 7, اسبوعين: 14 };
const COUNTS: Record<string, number> = {
	ثلاثه: 3,
	اربعه: 4,
	خمسه: 5,
	سته: 6,
	سبعه: 7,
	ثمانيه: 8,
	تسعه: 9,
	عشره: 10
};

/** The count, then «من» or «على» and up to two words before the happening's own noun. */
const OFFSET = new RegExp(
	`(?:^|\\s)[وف]?بعد\\s+(?:(\\d{1,2}|${Object.keys(COUNTS).join('|')})\\s+ايام|(${Object.keys(UNITS).join('|')}))\\s+(?:من|علي)\\s+(?:\\S+\\s+){0,2}(?:ال)?$`,
	'u'
);

/** "قبل يوم من القمة", "قبل ثلاثة أيام من انعقاد القمة": a count of days before the summit. */
const BEFORE_SUMMIT = new RegExp(
	`(?:^|\\s)[وف]?قبل\\s+(?:(\\d{1,2}|${Object.keys(COUNTS).join('|')})\\s+ايام|(${Object.keys(UNITS).join('|')})(?:\\s+واحد[ةه]?)?)\\s+(?:من|علي)\\s+(?:\\S+\\s+)?(?:ال)?قمه`,
	'u'
);

/**
 * How many days before the summit the sentence says its meeting was held, if it says so, and
 * where it says it (the summit's noun there is a point of reference, not a meeting of its own).
 */
export function daysBeforeSummit(
	norm: string,
	s: Sentence
): { days: number; start: number; end: number } | undefined {
	const m = BEFORE_SUMMIT.exec(norm.slice(s.start, s.end));
	if (!m) return undefined;
	const days = m[2] ? UNITS[m[2]]! : (COUNTS[m[1]!] ?? Number(m[1]));
	return { days, start: s.start + m.index, end: s.start + m.index + m[0].length };
}

export interface DayOffset {
	date: DateHit;
	how: string;
}

export function dayOffset(norm: string, s: Sentence, trigger: Span): DayOffset | undefined {
	const from = Math.max(s.start, trigger.start - 60);
	const m = OFFSET.exec(norm.slice(from, trigger.start));
	if (!m) return undefined;
	const days = m[2] ? UNITS[m[2]]! : (COUNTS[m[1]!] ?? Number(m[1]));
	if (!(days > 0 && days <= 31)) return undefined;
	const at = from + m.index;
	let anchor: DateHit | undefined;
	for (const d of s.dates)
		if (d.end <= at && d.date?.length === 10 && d.until === null && d.problems.length === 0)
			anchor = d;
	if (!anchor) return undefined;
	return {
		date: { ...anchor, date: addDays(anchor.date!, -days), today: false },
		how: `${days} day${days === 1 ? '' : 's'} before the day the sentence states: "${norm.slice(anchor.start, anchor.end)}"`
	};
}
