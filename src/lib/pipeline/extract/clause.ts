/**
 * The clause around a span: the text between the nearest clause separators (Arabic and Latin
 * commas, semicolons, colons, full stops, question and exclamation marks) inside the sentence.
 * A trigger's own clause is where its date, place and participants are most likely stated; a
 * date in another clause usually belongs to another predicate ("أعلن يوم الثلاثاء، أن …").
 */
import type { Sentence } from './types';

/** A table by char code: asked of every character between a span and its clause's ends. */
const SEPARATORS = new Uint8Array(0x10000);
for (const c of '،,؛;:.!?؟\n') SEPARATORS[c.charCodeAt(0)] = 1;
const isSeparator = (norm: string, i: number) => SEPARATORS[norm.charCodeAt(i)] === 1;
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
