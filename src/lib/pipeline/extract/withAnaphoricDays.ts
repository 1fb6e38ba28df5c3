/**
 * "وفي اليوم السابق، اجتمع الوزراء …", "وفي اليوم التالي بدأ الانسحاب": the day before or after the
 * last day the article stated before it, as a narrative counts its days. Not when the phrase names
 * its own reference ("اليوم التالي للقمة", "اليوم السابق على الاقتراع"): that one is another story.
 * Works on the extraction's dates (each a DateHit, in text order) like withCountedSpans.
 */
import { addDays } from '../dates/calendar';
import type { DateHit } from './types';

/** Folded text: "اليوم السابق", "اليوم التالي", not followed by "لـ", "على" or "من". */
const ANAPHORIC =
	/(?<![\p{L}])(?:اليوم)\s+(السابق|التالي)(?![\p{L}])(?!\s+(?:ل\p{L}|علي(?![\p{L}])|من(?![\p{L}])))/gu;

export function withAnaphoricDays(norm: string, hits: DateHit[]): DateHit[] {
	ANAPHORIC.lastIndex = 0;
	const found: DateHit[] = [];
	for (let m = ANAPHORIC.exec(norm); m !== null; m = ANAPHORIC.exec(norm)) {
		const start = m.index;
		// The last stated day before it: a day of its own, not one counted back from another.
		let last: DateHit | undefined;
		for (const h of hits) {
			if (h.start >= start) break;
			if (h.date?.length === 10 && h.problems.length === 0) last = h;
		}
		if (!last) continue;
		const before = m[1] === 'السابق';
		found.push({
			start,
			end: start + m[0].length,
			date: before ? addDays(last.date!, -1) : addDays(last.until ?? last.date!, 1),
			until: null,
			dayMonth: null,
			relative: true,
			today: false,
			problems: []
		});
	}
	if (found.length === 0) return hits;
	return [...hits, ...found].sort((a, b) => a.start - b.start);
}
