import type { Bounds } from './inset/insetPaths';

/** The [west, south, east, north] box around a country's rings; null when it has none. */
export function countryBounds(rings: readonly (readonly (readonly number[])[])[]): Bounds | null {
	let west = Infinity;
	let south = Infinity;
	let east = -Infinity;
	let north = -Infinity;
	for (const ring of rings)
		for (const [lon = 0, lat = 0] of ring) {
			west = Math.min(west, lon);
			east = Math.max(east, lon);
			south = Math.min(south, lat);
			north = Math.max(north, lat);
		}
	return west <= east ? [west, south, east, north] : null;
}
