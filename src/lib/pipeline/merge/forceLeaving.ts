/**
 * The force that leaves is the force that came: a withdrawal names the country it leaves, seldom
 * every member whose troops go home. It takes the members of the deployment it ends: the one
 * arrival of troops in a country it leaves, in the weeks before it ("انسحاب القوات الروسية من
 * طاجيكستان" ends no mission in Kazakhstan).
 */
import { dayNumber, parseIsoDay } from '../dates/calendar';
import type { Candidate } from '../extract/types';

/** How long before a withdrawal the arrival it ends may be (the Kazakhstan mission: 13 days). */
const WITHIN_DAYS = 60;

const dayOf = (iso: string | null): number | null => {
	const d = iso && iso.length === 10 ? parseIsoDay(iso) : null;
	return d ? dayNumber(d.year, d.month, d.day) : null;
};

export function forceLeaving(events: Candidate[]): void {
	const arrivals = events.filter((e) => e.type === 'deployment' && e.subtype === 'troops');
	for (const w of events) {
		if (w.type !== 'deployment' || w.subtype !== 'withdrawal') continue;
		const left = dayOf(w.date);
		if (left === null) continue;
		const ended = arrivals.filter((a) => {
			const came = dayOf(a.date);
			return (
				came !== null &&
				came <= left &&
				left - came <= WITHIN_DAYS &&
				w.countries.has([...a.countries][0]!)
			);
		});
		// Two arrivals in those weeks: which one ended is not told.
		if (ended.length !== 1) continue;
		for (const c of ended[0]!.countries) w.countries.add(c);
	}
}
