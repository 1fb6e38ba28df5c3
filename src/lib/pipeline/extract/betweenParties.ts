/**
 * The two parties of a conflict as Arabic news names them: «بين قرغيزستان وطاجيكستان» once
 * (often only in the headline), then the dual — «قوات البلدين», «الطرفان», «الجارتين» — for the
 * rest of the story.
 */
import { fold } from '../text/normalize';
import { clauseAround } from './clause';
import type { CueHit } from './findCues';
import type { Sentence } from './types';

/** What joins the second party to the first: "و" ("وأذربيجان", "من جهة وأذربيجان", "والقوات الأذربيجانية"). */
const AND_BEFORE = /(?:^|\s)و\S*(?:\s+\S+)?\s*$/u;

/**
 * "بين قرغيزستان وطاجيكستان": the parties, wherever the sentence names them. Each «بين» gives
 * its first party and the one joined to it by «و», and no more: in "بين أرمينيا وأذربيجان
 * وموسكو تعلن هدنة" Moscow begins another clause.
 */
export function betweenParties(norm: string, s: Sentence): string[] {
	const out: string[] = [];
	for (const m of norm.slice(s.start, s.end).matchAll(/(?:^|\s)[وف]?بين\s/g)) {
		const from = s.start + m.index + m[0].length;
		let first: { end: number; country: string } | null = null;
		for (const e of s.entities) {
			if (e.start < from || e.start - from > 45 || e.country === null || e.kind === 'org') continue;
			if (first && e.country === first.country) continue;
			if (!first) first = { end: e.end, country: e.country };
			else if (!AND_BEFORE.test(norm.slice(first.end, e.start))) continue;
			if (!out.includes(e.country)) out.push(e.country);
			if (first.end !== e.end) break;
		}
	}
	return out;
}

/** The dual of country, state, side, party or neighbour, in either case ("البلدين", "الطرفان"). */
const DUAL = new RegExp(
	`(?:^|[\\s،,])[وف]?[لب]?(?:ال)?(?:${['بلد', 'دولت', 'جانب', 'طرف', 'جارت', 'جمهوريت'].map(fold).join('|')})(?:ان|ين)(?![\\p{L}\\p{N}])`,
	'u'
);

/** The trigger's clause speaks of "the two" (countries, sides, parties) named earlier. */
export function namesPairBack(norm: string, s: Sentence, trigger: CueHit): boolean {
	const clause = clauseAround(norm, s, trigger);
	return DUAL.test(norm.slice(clause.start, clause.end));
}
