/**
 * Ids an event may have had before more was known about it. An id is a slug of date, type and
 * label (place, else countries), so a new article that makes the date more precise or names
 * the place renames the event: `2022-09-clash-armenia-azerbaijan` becomes
 * `2022-09-13-clash-yerevan`, and a link shared before would 404. Without keeping any state
 * between builds, the former ids are exactly the ids of the coarser versions of the event:
 * its date cut to month and year, its label without the place and with fewer countries.
 * Each becomes an alias that opens the event.
 */
import { compareText } from '../text/compareText';
import { baseEventId } from './eventId';

export interface IdFields {
	date: string;
	type: string;
	/** The label the id is made from now (what buildEventSet's label gives). */
	label: string;
	/** Coarser labels it may have had: without the place, with the first countries only… */
	coarserLabels: string[];
}

function datePrefixes(date: string): string[] {
	return [date, date.slice(0, 7), date.slice(0, 4)].filter((d, i, all) => all.indexOf(d) === i);
}

export function formerIds(f: IdFields): string[] {
	const now = baseEventId(f.date, f.type, f.label);
	const out = new Set<string>();
	for (const date of datePrefixes(f.date))
		for (const label of [f.label, ...f.coarserLabels]) out.add(baseEventId(date, f.type, label));
	out.delete(now);
	return [...out];
}

/** Labels from countries alone, the first one, the first two, … (the order the label uses). */
export function countryLabels(names: readonly string[]): string[] {
	return names.map((_, i) => names.slice(0, i + 1).join(' '));
}

/**
 * Alias → id for a whole event set. An alias that is some event's id now is not an alias; one
 * claimed by two events goes to the first in the set's order, so the result is the same on
 * every build of the same corpus.
 */
export function aliasMap(
	events: readonly { id: string; former: readonly string[] }[]
): Record<string, string> {
	const ids = new Set(events.map((e) => e.id));
	const out: Record<string, string> = {};
	for (const e of events)
		for (const alias of [...e.former].sort())
			if (!ids.has(alias) && !(alias in out)) out[alias] = e.id;
	return Object.fromEntries(Object.entries(out).sort(([a], [b]) => compareText(a, b)));
}
