/**
 * The clause around a span: the text between the nearest clause separators (Arabic and Latin
 * commas, semicolons, colons, full stops, question and exclamation marks) inside the sentence.
 * A trigger's own clause is where its date, place and participants are most likely stated; a
 * date in another clause usually belongs to another predicate ("أعلن يوم الثلاثاء، أن …").
 */
import type { Sentence } from './types';

const SEPARATORS = new Set([...'،,؛;:.!?؟\n'].map((c) => c.charCodeAt(0)));
const isSeparator = (norm: string, i: number) => SEPARATORS.has(norm.charCodeAt(i));
const RELATIVE = /^\s*(?:التي|الذي|اللتين|اللذين|الذين|اللتان|اللذان)\s/;

export interface Span {
	start: number;
	end: number;
}

export function clauseAround(norm: string, s: Sentence, at: Span): Span {
	let start = at.start;
	while (start > s.start && !isSeparator(norm, start - 1)) start--;
	let end = at.end;
	for (;;) {
		while (end < s.end && !isSeparator(norm, end)) end++;
		// "القمة، التي تنعقد غداً": a relative clause still speaks of the noun before it.
		if (end < s.end && RELATIVE.test(norm.slice(end + 1, end + 12))) end++;
		else break;
	}
	return { start, end };
}

export const inside = (outer: Span, inner: Span) =>
	inner.start >= outer.start && inner.end <= outer.end;
