/**
 * "…، بينما اعتذرت أرمينيا عن إرسال أي جندي، وهي التي كانت قد رفضت في يناير الماضي استضافة
 * تدريبات المنظمة": a clause opened by «وهي التي / وهو الذي» says something of whom it follows, in
 * its own time; a date inside it dates only what the clause tells. Folded text.
 */
import type { Sentence } from './types';

const OPENER = /[،,]\s*[وف]?(?:هي|هو|هما|هم)\s+(?:التي|الذي|الذين|اللذان|اللتان)\s/g;
const END = /[.،,؛]/;

/** The aside clauses of the sentence, as [start, end) offsets. */
export function relativeAsides(norm: string, s: Sentence): [number, number][] {
	const text = norm.slice(s.start, s.end);
	const out: [number, number][] = [];
	for (const m of text.matchAll(OPENER)) {
		const from = m.index + m[0].length;
		const rest = text.slice(from).search(END);
		out.push([s.start + m.index, s.start + (rest < 0 ? text.length : from + rest)]);
	}
	return out;
}

/** Verbs of a happening told done: an aside with one tells of the happening itself. */
const TOLD = new Set(['held', 'occurred']);

/**
 * Whether `at` lies in an aside that `trigger` does not: a date there is the aside's. Not when
 * the aside tells the happening itself ("قمة يريفان، وهي التي عقدت يوم 23 نوفمبر").
 */
export function inOtherAside(norm: string, s: Sentence, at: number, trigger: number): boolean {
	return relativeAsides(norm, s).some(
		([from, to]) =>
			at >= from &&
			at < to &&
			!(trigger >= from && trigger < to) &&
			!s.cues.some((c) => TOLD.has(c.kind) && c.start >= from && c.end <= to)
	);
}
