import type { Position } from 'geojson';
import type { Rings } from './toPolygons';

/**
 * Douglas–Peucker simplification of every ring, with `tolerance` in degrees. The map is viewed
 * from a whole-region zoom down to a country, where Natural Earth 50m carries detail no screen
 * shows; 0.02° (about 2 km, a pixel at zoom 6) halves the file. Each ring keeps at least its first, its
 * farthest and its closing point, so no ring collapses below a triangle; `roundRings` still drops
 * any that rounding then flattens.
 */
export function simplifyRings(polygons: Rings[], tolerance: number): Rings[] {
	if (tolerance <= 0) return polygons;
	return polygons.map((rings) => rings.map((ring) => simplifyRing(ring, tolerance * tolerance)));
}

function simplifyRing(ring: Position[], sqTolerance: number): Position[] {
	const n = ring.length;
	if (n <= 4) return ring;
	// A closed ring has no natural split: split at the point farthest from the first.
	let far = 1;
	let farDistance = -1;
	for (let i = 1; i < n - 1; i++) {
		const d = sqDistance(ring[i]!, ring[0]!);
		if (d > farDistance) {
			farDistance = d;
			far = i;
		}
	}
	const keep = new Uint8Array(n);
	keep[0] = keep[far] = keep[n - 1] = 1;
	mark(ring, 0, far, sqTolerance, keep);
	mark(ring, far, n - 1, sqTolerance, keep);
	const out = ring.filter((_, i) => keep[i] === 1);
	// A ring can shrink to first, far, last: give it one more point so it still encloses area.
	if (out.length < 4) {
		const extra = farthestFromSegment(ring, 0, far);
		return ring.filter((_, i) => keep[i] === 1 || i === extra.index);
	}
	return out;
}

function mark(ring: Position[], first: number, last: number, sqTolerance: number, keep: Uint8Array) {
	// Iterative to keep deep coastlines from exhausting the stack.
	const stack: [number, number][] = [[first, last]];
	while (stack.length > 0) {
		const [a, b] = stack.pop()!;
		if (b - a < 2) continue;
		const { index, sqDist } = farthestFromSegment(ring, a, b);
		if (sqDist > sqTolerance) {
			keep[index] = 1;
			stack.push([a, index], [index, b]);
		}
	}
}

function farthestFromSegment(ring: Position[], a: number, b: number) {
	let index = a + 1;
	let sqDist = -1;
	for (let i = a + 1; i < b; i++) {
		const d = sqSegmentDistance(ring[i]!, ring[a]!, ring[b]!);
		if (d > sqDist) {
			sqDist = d;
			index = i;
		}
	}
	return { index, sqDist };
}

function sqDistance([ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position): number {
	return (ax - bx) ** 2 + (ay - by) ** 2;
}

function sqSegmentDistance(p: Position, a: Position, b: Position): number {
	const [px = 0, py = 0] = p;
	const [ax = 0, ay = 0] = a;
	const [bx = 0, by = 0] = b;
	const dx = bx - ax;
	const dy = by - ay;
	const len = dx * dx + dy * dy;
	const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
	return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
}
