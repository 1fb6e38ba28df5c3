/**
 * "قبول وقف إطلاق النار اليوم الأربعاء، بعد يوم من إطلاق أذربيجان عملية عسكرية": a happening
 * named as a point of reference a stated count of days or weeks after ("بعد … من/على") is dated
 * by that count back from the day the sentence states before it. An approximate count ("بعد أقل
 * من أسبوع", "نحو أسبوعين"), a month or more, or no day stated before the count dates nothing.
 * Normalised text.
 */
import { addDays } from '../dates/calendar';
import { countOf, NUMBER, UNIT_WORDS, unitWordsOf } from '../dates/countWords';
import type { Span } from './clause';
import type { DateHit, Sentence } from './types';

const DAYS_OR_WEEKS = unitWordsOf('day', 'week');

/** The count, then «من» or «على» and up to two words before the happening's own noun. */
const OFFSET = new RegExp(
	`(?:^|\\s)[وف]?بعد\\s+(?:(${NUMBER})\\s+)?(${DAYS_OR_WEEKS})\\s+(?:من|علي)\\s+(?:\\S+\\s+){0,2}(?:ال)?$`,
	'u'
);

/** "قبل يوم من القمة", "قبل ثلاثة أيام من القمة": a count of days before the summit. */
const BEFORE_SUMMIT = new RegExp(
	`(?:^|\\s)[وف]?قبل\\s+(?:(${NUMBER})\\s+)?(${DAYS_OR_WEEKS})(?:\\s+واحد[ةه]?)?\\s+(?:من|علي)\\s+(?:\\S+\\s+)?(?:ال)?قمه`,
	'u'
);

/** "قبل القمة بيوم", "قبل انعقاد القمة بثلاثة أيام": the count after the summit, with «بـ». */
const BEFORE_SUMMIT_BY = new RegExp(
	`(?:^|\\s)[وف]?(?:قبل|قبيل)\\s+(?:(?:انعقاد|موعد|افتتاح|انطلاق|بدء)\\s+)?(?:ال)?قمه\\s+ب(?:(${NUMBER})\\s+)?(${DAYS_OR_WEEKS})(?![\\p{L}])`,
	'u'
);

/** Days in a count of days or weeks ("ثلاثه" "ايام" is 3, "اسبوعين" 14), if it counts any. */
function daysIn(number: string | undefined, unitWord: string): number | undefined {
	const count = countOf(number, unitWord);
	return count === undefined ? undefined : count * (UNIT_WORDS[unitWord]!.unit === 'week' ? 7 : 1);
}

/**
 * How many days before the summit the sentence says its meeting was held, if it says so, and
 * where it says it (the summit's noun there is a point of reference, not a meeting of its own).
 */
export function daysBeforeSummit(
	norm: string,
	s: Sentence
): { days: number; start: number; end: number } | undefined {
	const text = norm.slice(s.start, s.end);
	const m = BEFORE_SUMMIT.exec(text) ?? BEFORE_SUMMIT_BY.exec(text);
	const days = m ? daysIn(m[1], m[2]!) : undefined;
	if (!m || !days) return undefined;
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
	const days = daysIn(m[1], m[2]!);
	if (!days || days > 31) return undefined;
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
