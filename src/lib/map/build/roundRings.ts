import type { Position } from 'geojson';
import type { Rings } from './toPolygons';

/**
 * Rounds coordinates to `digits` decimals (4 ≈ 11 m, finer than the 50m data's own grid) and
 * drops the repeated points rounding creates. A ring left with fewer than four positions no
 * longer encloses anything: a hole like that is dropped, an outer ring like that drops its polygon.
 */
export function roundRings(polygons: Rings[], digits = 4): Rings[] {
	const k = 10 ** digits;
	const out: Rings[] = [];
	for (const [outer, ...holes] of polygons) {
		const o = outer && roundRing(outer, k);
		if (!o) continue;
		const kept: Rings = [o];
		for (const hole of holes) {
			const h = roundRing(hole, k);
			if (h) kept.push(h);
		}
		out.push(kept);
	}
	return out;
}

function roundRing(ring: Position[], k: number): Position[] | null {
	const r: Position[] = [];
	for (const [lon = 0, lat = 0] of ring) {
		const p = [Math.round(lon * k) / k, Math.round(lat * k) / k];
		const last = r[r.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) r.push(p);
	}
	const first = r[0];
	const last = r[r.length - 1];
	// Keep the ring closed even if rounding moved its last point off its first.
	if (first && last && (first[0] !== last[0] || first[1] !== last[1])) r.push([...first]);
	return r.length >= 4 ? r : null;
}
