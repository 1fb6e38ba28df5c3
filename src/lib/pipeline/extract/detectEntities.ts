/**
 * The gazetteer's matcher, adapted to the extraction's EntityHit: a person carries the office
 * they held, and a name shared by several officials of one country (جاباروف) still counts as
 * that country's leader when every one of them is a leader.
 */
import { createMatcher } from '../gazetteer/createMatcher';
import { gazetteerEntries } from '../gazetteer/gazetteerEntries';
import { PEOPLE } from '../gazetteer/people';
import type { EntityHit } from './types';

const matcher = createMatcher(gazetteerEntries());
const roleOf = new Map(PEOPLE.map((p) => [p.id, p.role as string]));
const LEADER_ROLES = new Set(['president', 'prime-minister']);

export function detectEntities(norm: string): EntityHit[] {
	return matcher.findEntities(norm).map((m) => {
		if (m.kind === 'person') {
			const role =
				m.id !== null
					? roleOf.get(m.id)
					: m.candidates?.every((c) => LEADER_ROLES.has(roleOf.get(c) ?? ''))
						? 'leader'
						: undefined;
			return {
				start: m.start,
				end: m.end,
				kind: m.kind,
				id: m.id ?? `ambiguous:${m.candidates?.join('|') ?? ''}`,
				country: m.country,
				...(role ? { role } : {})
			};
		}
		return {
			start: m.start,
			end: m.end,
			kind: m.kind,
			id: m.id ?? 'ambiguous',
			country: m.country
		};
	});
}
