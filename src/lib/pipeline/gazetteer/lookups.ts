import { COUNTRIES } from './countries';
import { ORGS } from './orgs';
import { PEOPLE } from './people';
import { PLACES } from './places';
import type { Country, Iso3, Names, Org, Person, Place } from './types';

const COUNTRY_INDEX = new Map(COUNTRIES.map((c) => [c.iso3, c]));
const PLACE_INDEX = new Map(PLACES.map((p) => [p.id, p]));
const PERSON_INDEX = new Map(PEOPLE.map((p) => [p.id, p]));
const ORG_INDEX = new Map(ORGS.map((o) => [o.id, o]));

export function countryByIso3(iso3: Iso3): Country | undefined {
	return COUNTRY_INDEX.get(iso3.toUpperCase());
}

export function placeById(id: string): Place | undefined {
	return PLACE_INDEX.get(id);
}

export function personById(id: string): Person | undefined {
	return PERSON_INDEX.get(id);
}

export function orgById(id: string): Org | undefined {
	return ORG_INDEX.get(id);
}

/** The output's `countries` map: display names and membership of every gazetteer country. */
export function countryNames(): Record<Iso3, { name: Names; member: boolean }> {
	const out: Record<Iso3, { name: Names; member: boolean }> = {};
	for (const c of COUNTRIES) out[c.iso3] = { name: { ...c.name }, member: c.member };
	return out;
}
