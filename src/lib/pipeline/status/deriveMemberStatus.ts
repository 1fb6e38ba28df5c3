/**
 * Armenia's status over time, from dated evidence: attendance at summits (present or by video:
 * active; stayed away: absent) and what the articles say it did (chaired, appealed, accused or
 * refused, recalled its envoy, froze its part). Evidence is ordered by date; a period runs from
 * one change of status to the next, and cites every piece of evidence inside it. On one date
 * the gravest reading wins (frozen > absent > strained > active). No evidence, no period: the
 * band shows "unknown" rather than a guess.
 */
import type { Quote, StatusAct, StatusPeriod } from '../../model/schema';
import type { StatusEvidence } from '../extract/types';

/** A sentence a period rests on, with the act it records and the meeting it is attendance at. */
export type EvidenceSource = Quote & { act: StatusAct; event?: string };

/** A status period as derived; the event set cites sentences already on an event by reference. */
export type DerivedPeriod = Omit<StatusPeriod, 'sources'> & { sources: EvidenceSource[] };

const sourceOf = (e: StatusEvidence): EvidenceSource => ({
	...e.source,
	act: e.act,
	...(e.event ? { event: e.event } : {})
});

const GRAVITY: Record<StatusEvidence['status'], number> = {
	active: 0,
	strained: 1,
	absent: 2,
	frozen: 3
};

export function deriveMemberStatus(evidence: StatusEvidence[]): DerivedPeriod[] {
	const byDate = new Map<string, StatusEvidence[]>();
	for (const e of evidence) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
	const periods: DerivedPeriod[] = [];
	for (const date of [...byDate.keys()].sort()) {
		const items = byDate.get(date)!;
		const top = items.reduce((a, b) => (GRAVITY[b.status] > GRAVITY[a.status] ? b : a));
		const chair = top.status === 'active' && items.some((i) => i.chair);
		const sources = items.filter((i) => i.status === top.status).map(sourceOf);
		const last = periods.at(-1);
		// Attending or chairing does not mend a strain already on record; an appeal does.
		if (
			last &&
			top.status === 'active' &&
			GRAVITY[last.status] > GRAVITY.active &&
			items.every((i) => i.status !== 'active' || i.routine)
		)
			continue;
		// Staying away and freezing are graver forms of the strain: a later complaint or refusal
		// does not end them; only taking part again (active) does.
		if (last && top.status === 'strained' && GRAVITY[last.status] > GRAVITY.strained) {
			for (const s of sources)
				if (!last.sources.some((x) => x.article === s.article && x.start === s.start))
					last.sources.push(s);
			continue;
		}
		// A chairmanship runs its year: later "active" evidence in that year stays inside it.
		const sameChairYear =
			last?.chair && top.status === 'active' && date.slice(0, 4) === last.from.slice(0, 4);
		if (last && last.status === top.status && (Boolean(last.chair) === chair || sameChairYear)) {
			for (const s of sources)
				if (!last.sources.some((x) => x.article === s.article && x.start === s.start))
					last.sources.push(s);
			continue;
		}
		if (last) last.to = date;
		periods.push({
			from: date,
			status: top.status,
			...(chair ? { chair: true as const } : {}),
			sources
		});
	}
	return periods;
}
