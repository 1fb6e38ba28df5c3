import { BLOCKERS } from './blockers';
import { COUNTRIES } from './countries';
import { foldKey } from './foldKey';
import { nisbaForms } from './nisbaForms';
import { ORGS } from './orgs';
import { AMBIGUOUS_NAMES, PEOPLE } from './people';
import { PLACES } from './places';
import type { MentionTarget } from './types';

/** One spelling and what it names; `target` null marks a blocker (matched, then dropped). */
export interface GazetteerEntry {
	variant: string;
	target: MentionTarget | null;
}

/**
 * Every spelling in the gazetteer with its target, in data order. Names in `name.ar` are
 * included, so data files need not repeat them among the variants.
 */
export function gazetteerEntries(): GazetteerEntry[] {
	const out: GazetteerEntry[] = [];
	// An inflected form that is a name in its own right stays that name: "سورية", "السعودية".
	const names = new Set(
		[...COUNTRIES, ...PLACES, ...PEOPLE, ...ORGS].flatMap((x) =>
			[x.name.ar, ...x.variants].map(foldKey)
		)
	);
	for (const c of COUNTRIES) {
		const country: MentionTarget = { kind: 'country', id: c.iso3, country: c.iso3 };
		const adjective: MentionTarget = { kind: 'adjective', id: c.iso3, country: c.iso3 };
		for (const v of [c.name.ar, ...c.variants]) out.push({ variant: v, target: country });
		// The forms a list leaves out, inflected from its masculine adjectives.
		const listed = new Set(c.adjectives);
		const inflected = c.adjectives
			.flatMap(nisbaForms)
			.filter((v) => !listed.has(v) && !names.has(foldKey(v)));
		for (const v of [...c.adjectives, ...new Set(inflected)])
			out.push({ variant: v, target: adjective });
	}
	for (const p of PLACES) {
		const target: MentionTarget = { kind: 'place', id: p.id, country: p.country };
		for (const v of [p.name.ar, ...p.variants]) out.push({ variant: v, target });
	}
	for (const p of PEOPLE) {
		const target: MentionTarget = { kind: 'person', id: p.id, country: p.country };
		if (p.org !== undefined) target.org = p.org;
		for (const v of [p.name.ar, ...p.variants]) out.push({ variant: v, target });
	}
	for (const a of AMBIGUOUS_NAMES) {
		const target: MentionTarget = {
			kind: 'person',
			id: null,
			country: a.country,
			candidates: a.candidates
		};
		for (const v of a.variants) out.push({ variant: v, target });
	}
	for (const o of ORGS) {
		const target: MentionTarget = { kind: 'org', id: o.id, country: o.country };
		for (const v of [o.name.ar, ...o.variants]) out.push({ variant: v, target });
	}
	for (const v of BLOCKERS) out.push({ variant: v, target: null });
	return out;
}
