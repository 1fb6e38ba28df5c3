/** Names and coordinates from the gazetteer, for the event set's places and countries. */
import type { Bilingual, Place } from '../../model/schema';
import { COUNTRIES } from '../gazetteer/countries';
import { PLACES } from '../gazetteer/places';

const countries = new Map(COUNTRIES.map((c) => [c.iso3, c]));
const places = new Map(PLACES.map((p) => [p.id, p]));

export function countryInfo(
	iso3: string
): { name: Bilingual; member: boolean; centroid: readonly [number, number] } | undefined {
	const c = countries.get(iso3);
	return c && { name: { en: c.name.en, ar: c.name.ar }, member: c.member, centroid: c.centroid };
}

export function placeInfo(id: string): Place | undefined {
	const p = places.get(id);
	return (
		p && { name: { en: p.name.en, ar: p.name.ar }, country: p.country, lon: p.lon, lat: p.lat }
	);
}
