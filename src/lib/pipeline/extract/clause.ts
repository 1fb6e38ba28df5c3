/**
 * The clause around a span: the text between the nearest clause separators (Arabic and Latin
 * commas, semicolons, colons, full stops, question and exclamation marks) inside the sentence.
 * A trigger's own clause is where its date, place and participants are most likely stated; a
 * date in another clause usually belongs to another predicate ("أعلن يوم الثلاثاء، أن …").
 */
import type { Sentence } from './types';

const SEPARATOR = /[،,؛;:.!?؟\n]/;

export interface Span {
	start: number;
	end: number;
}

export function clauseAround(norm: string, s: Sentence, at: Span): Span {
	let start = at.start;
	while (start > s.start && !SEPARATOR.test(norm[start - 1]!)) start--;
	let end = at.end;
	while (end < s.end && !SEPARATOR.test(norm[end]!)) end++;
	return { start, end };
}

export const inside = (outer: Span, inner: Span) =>
	inner.start >= outer.start && inner.end <= outer.end;
