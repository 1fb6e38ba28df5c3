import type { CountryCollection } from './build/buildCountries';
import type { Placed } from './MapOverlay.svelte';

/**
 * Each member's name at its label point, projected to CSS pixels (before placeLabels moves it off
 * the markers). Neighbours are not named. Pure: `project` and `nameOf` come from the caller.
 */
export function memberLabels(
	countries: CountryCollection | null,
	project: (lonLat: [number, number]) => { x: number; y: number },
	nameOf: (iso3: string) => string
): Placed[] {
	const names: Placed[] = [];
	for (const f of countries?.features ?? []) {
		if (f.properties.role !== 'member') continue;
		const [lon = 0, lat = 0] = f.properties.label;
		const p = project([lon, lat]);
		const { iso3 } = f.properties;
		names.push({ key: iso3, text: nameOf(iso3), x: p.x, y: p.y });
	}
	return names;
}
