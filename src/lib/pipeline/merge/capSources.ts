/**
 * The sources an event ships with. Repeated text (a wire story in ten outlets, a page that
 * repeats its lead) made one event cite the same sentence thousands of times and the event set,
 * fetched on every page, grow from kilobytes to megabytes: an identical quote is kept once, and
 * at most `max` distinct quotes are kept, the rest counted for the report.
 */
import type { Source } from '../../model/schema';

/** Enough to show agreement between outlets; more only weighs on every page load. */
export const MAX_SOURCES = 12;

export interface CappedSources {
	kept: Source[];
	/** Sources dropped because an earlier one has the same quote. */
	duplicates: number;
	/** Distinct sources dropped past the cap. */
	overCap: number;
}

/** `sources` in the order to prefer them: the first of each quote and the first `max` stay. */
export function capSources(sources: readonly Source[], max = MAX_SOURCES): CappedSources {
	const seen = new Set<string>();
	const distinct: Source[] = [];
	for (const s of sources) {
		// Whitespace differences are not a different quote.
		const key = s.quote.replace(/\s+/g, ' ').trim();
		if (seen.has(key)) continue;
		seen.add(key);
		distinct.push(s);
	}
	const kept = distinct.slice(0, max);
	return {
		kept,
		duplicates: sources.length - distinct.length,
		overCap: distinct.length - kept.length
	};
}
