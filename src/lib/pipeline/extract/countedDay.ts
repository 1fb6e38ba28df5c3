/**
 * A day the text counts from something else — a stated day ("اليوم التالي"), the page's day ("منذ
 * يومين"), a bulletin's day header — at [start, end): relative, never today, with no problems of its own.
 */
import type { DateHit } from './types';

export const countedDay = (start: number, end: number, date: string | null): DateHit => ({
	start,
	end,
	date,
	until: null,
	dayMonth: null,
	relative: true,
	today: false,
	problems: []
});
