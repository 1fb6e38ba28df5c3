/**
 * Markers in a country too small to carry them: at the opening view Armenia is a few pixels
 * across and its own "2" marker hid its status colour. Such markers are drawn beside the country
 * (a fixed pixel offset, into a neighbour that is not a member) until the map is zoomed in far
 * enough for the country to hold them, then slide back onto their place; a small pin stays on the
 * place itself. The same offset is used by the style (circle-translate) and by the HTML badges.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MarkerCollection } from './eventsToMarkers';

/**
 * Countries whose markers go beside them, and where (px, +x east, +y south): Armenia's into
 * Turkey. The style draws them with one translated layer (Armenia's offset); a second country here
 * needs layers of its own.
 */
export const BESIDE: Readonly<Record<string, readonly [number, number]>> = { ARM: [-22, 4] };

/** Below this zoom the whole offset applies; above BACK_ZOOM none (Armenia is ~70 px wide at 4). */
export const BESIDE_ZOOM = 3.5;
export const BACK_ZOOM = 4.5;

/** The offset at a zoom, as the style interpolates it. */
export function besideOffset(iso3: string, zoom: number): [number, number] {
	const [dx, dy] = BESIDE[iso3] ?? [0, 0];
	const t = Math.min(1, Math.max(0, (BACK_ZOOM - zoom) / (BACK_ZOOM - BESIDE_ZOOM)));
	return [dx * t, dy * t];
}

/** circle-translate for markers beside `iso3`, interpolated by zoom. */
export function besideTranslate(iso3: string): ExpressionSpecification {
	const [dx, dy] = BESIDE[iso3] ?? [0, 0];
	return [
		'interpolate',
		['linear'],
		['zoom'],
		BESIDE_ZOOM,
		['literal', [dx, dy]],
		BACK_ZOOM,
		['literal', [0, 0]]
	];
}

/**
 * Markers split by where they are drawn: on their place (clustered as before), or beside a small
 * country (never clustered, so they cannot gather over it), each tagged with that country.
 * `countryOf(k)` is the country of the k-th marker's place (kept with its group: looking its
 * first event up by id needed the map of every id, a 100–200 ms task at 100,000 events).
 */
export function splitBeside(
	markers: MarkerCollection,
	countryOf: (marker: number) => string | null
): { main: MarkerCollection; beside: MarkerCollection } {
	const main: MarkerCollection['features'] = [];
	const beside: MarkerCollection['features'] = [];
	for (const [k, f] of markers.features.entries()) {
		const iso3 = countryOf(k);
		if (iso3 && iso3 in BESIDE)
			beside.push({ ...f, properties: { ...f.properties, beside: iso3 } });
		else main.push(f);
	}
	return {
		main: { type: 'FeatureCollection', features: main },
		beside: { type: 'FeatureCollection', features: beside }
	};
}
