/**
 * The sources an event ships with. Repeated text (a wire story in ten outlets, a page that
 * repeats its lead) made one event cite the same sentence thousands of times and the event set,
 * fetched on every page, grow from kilobytes to megabytes: an identical quote is kept once (with
 * everything its copies state), and at most `max` distinct quotes are kept, the rest counted for
 * the report. Within the cap, a sentence that alone states one of the event's claims (its date,
 * its place, a member's attendance) is never the one left out.
 */
import type { Quote } from '../../model/schema';
import { mergeClaims } from '../extract/addSource';
import type { SentenceClaims } from '../extract/types';

/** Enough to show agreement between outlets; more only weighs on every page load. */
export const MAX_SOURCES = 12;

export interface CappedSources<T> {
	kept: T[];
	/** Sources dropped because an earlier one has the same quote. */
	duplicates: number;
	/** Distinct sources dropped past the cap. */
	overCap: number;
}

/** The claims a source states, one key each, so coverage can be counted. */
function claimKeys(claims: SentenceClaims | undefined): string[] {
	if (!claims) return [];
	return [
		...(claims.type ? ['type'] : []),
		...(claims.date || claims.dayMonth ? ['date'] : []),
		...(claims.placeId ? ['place'] : []),
		...Object.keys(claims.attendance ?? {}).map((c) => `attendance:${c}`)
	];
}

/** Space that collapsing would change; most quotes have none, and need no copy. */
const UNEVEN_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** `sources` in the order to prefer them: the first of each quote and the first `max` stay. */
export function capSources<T extends Quote & { claims?: SentenceClaims }>(
	sources: readonly T[],
	max = MAX_SOURCES
): CappedSources<T> {
	const first = new Map<string, number>();
	const distinct: T[] = [];
	for (const s of sources) {
		// Whitespace differences are not a different quote.
		const key = UNEVEN_SPACE.test(s.quote) ? s.quote.replace(/\s+/g, ' ').trim() : s.quote;
		const at = first.get(key);
		if (at === undefined) {
			first.set(key, distinct.length);
			distinct.push(s);
		} else if (s.claims) {
			const kept = distinct[at]!;
			distinct[at] = { ...kept, claims: mergeClaims(kept.claims ?? {}, s.claims) };
		}
	}
	// The first source of each claim, then the rest in order, up to the cap.
	const chosen = new Set<number>();
	const covered = new Set<string>();
	distinct.forEach((s, i) => {
		const fresh = claimKeys(s.claims).filter((k) => !covered.has(k));
		if (fresh.length === 0 || chosen.size >= max) return;
		chosen.add(i);
		for (const k of fresh) covered.add(k);
	});
	for (let i = 0; i < distinct.length && chosen.size < max; i++) chosen.add(i);
	const kept = distinct.filter((_, i) => chosen.has(i));
	return {
		kept,
		duplicates: sources.length - distinct.length,
		overCap: distinct.length - kept.length
	};
}
