import type { Position } from 'geojson';
import type { Rings } from './toPolygons';

/**
 * A point well inside a country, for its HTML label: in the largest polygon, the grid point
 * farthest from any edge (a coarse pole of inaccessibility). A centroid can fall outside a
 * concave country or in the sea; this cannot. Distances scale longitude by cos(latitude) so the
 * far north is not favoured.
 */
export function labelPoint(polygons: Rings[], steps = 40): Position {
	const rings = largest(polygons);
	const outer = rings?.[0];
	if (!rings || !outer || outer.length === 0) throw new Error('labelPoint needs a polygon');
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x = 0, y = 0] of outer) {
		minX = Math.min(minX, x);
		minY = Math.min(minY, y);
		maxX = Math.max(maxX, x);
		maxY = Math.max(maxY, y);
	}
	let best: Position = outer[0]!.slice(0, 2);
	let bestDistance = -1;
	for (let i = 0; i <= steps; i++) {
		for (let j = 0; j <= steps; j++) {
			const p = [minX + ((maxX - minX) * (i + 0.5)) / (steps + 1), minY + ((maxY - minY) * (j + 0.5)) / (steps + 1)];
			if (!inside(p, rings)) continue;
			const d = edgeDistance(p, rings);
			if (d > bestDistance) {
				bestDistance = d;
				best = p;
			}
		}
	}
	return [Math.round(best[0]! * 100) / 100, Math.round(best[1]! * 100) / 100];
}

function largest(polygons: Rings[]): Rings | undefined {
	let best: Rings | undefined;
	let bestArea = -1;
	for (const rings of polygons) {
		const a = Math.abs(ringArea(rings[0] ?? []));
		if (a > bestArea) {
			bestArea = a;
			best = rings;
		}
	}
	return best;
}

function ringArea(ring: Position[]): number {
	let s = 0;
	for (let i = 1; i < ring.length; i++) {
		const [x0 = 0, y0 = 0] = ring[i - 1]!;
		const [x1 = 0, y1 = 0] = ring[i]!;
		s += x0 * y1 - x1 * y0;
	}
	return s / 2;
}

/** Even-odd rule over all rings, so holes count as outside. */
export function inside([x = 0, y = 0]: Position, rings: Rings): boolean {
	let isIn = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi = 0, yi = 0] = ring[i]!;
			const [xj = 0, yj = 0] = ring[j]!;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) isIn = !isIn;
		}
	}
	return isIn;
}

function edgeDistance([px = 0, py = 0]: Position, rings: Rings): number {
	const k = Math.cos((py * Math.PI) / 180);
	let min = Infinity;
	for (const ring of rings) {
		for (let i = 1; i < ring.length; i++) {
			const [ax = 0, ay = 0] = ring[i - 1]!;
			const [bx = 0, by = 0] = ring[i]!;
			const dx = (bx - ax) * k;
			const dy = by - ay;
			const qx = (px - ax) * k;
			const qy = py - ay;
			const len = dx * dx + dy * dy;
			const t = len === 0 ? 0 : Math.max(0, Math.min(1, (qx * dx + qy * dy) / len));
			const ex = qx - t * dx;
			const ey = qy - t * dy;
			min = Math.min(min, ex * ex + ey * ey);
		}
	}
	return Math.sqrt(min);
}
