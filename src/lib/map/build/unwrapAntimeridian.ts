import type { Position } from 'geojson';
import type { Rings } from './toPolygons';

/**
 * Moves a country's far-eastern parts past 180° so it is drawn in one piece. TopoJSON stitches
 * Russia's Chukotka back onto the mainland, leaving rings that jump from 180 to -180 and back;
 * drawn as-is that edge runs across the whole map as a stripe. Within a ring that jumps, negative
 * longitudes get +360; a polygon lying wholly west of 0 but touching the date line, in a country
 * whose other parts reach 180 (an island cut at the line), gets +360 as well. Countries that never
 * cross are returned unchanged.
 */
export function unwrapAntimeridian(polygons: Rings[]): Rings[] {
	const fixed = polygons.map((rings) => rings.map(unwrapRing));
	const reachesEast = fixed.some((rings) => rings[0]?.some(([lon = 0]) => lon >= 179));
	if (!reachesEast) return fixed;
	return fixed.map((rings) => {
		const outer = rings[0] ?? [];
		const west = outer.length > 0 && outer.every(([lon = 0]) => lon <= 0);
		const atDateLine = outer.some(([lon = 0]) => lon <= -179);
		return west && atDateLine ? rings.map((ring) => ring.map(shiftEast)) : rings;
	});
}

function shiftEast([lon = 0, lat = 0]: Position): Position {
	return [lon + 360, lat];
}

function unwrapRing(ring: Position[]): Position[] {
	const jumps = ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);
	return jumps ? ring.map((p) => ((p[0] ?? 0) < 0 ? shiftEast(p) : p)) : ring;
}
