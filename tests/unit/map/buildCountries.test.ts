import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { MEMBERS } from '$lib/model/members';
import { buildCountries, type CountryCollection } from '$lib/map/build/buildCountries';
import { inside } from '$lib/map/build/labelPoint';

const topology = JSON.parse(
	readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')
) as Topology;

function lonBounds(rings: Position[][][]): [number, number] {
	let min = Infinity;
	let max = -Infinity;
	for (const polygon of rings)
		for (const ring of polygon)
			for (const [lon = 0] of ring) {
				min = Math.min(min, lon);
				max = Math.max(max, lon);
			}
	return [min, max];
}

function signedArea(ring: Position[]): number {
	let s = 0;
	for (let i = 1; i < ring.length; i++) {
		const [x0 = 0, y0 = 0] = ring[i - 1]!;
		const [x1 = 0, y1 = 0] = ring[i]!;
		s += x0 * y1 - x1 * y0;
	}
	return s / 2;
}

describe('buildCountries on Natural Earth 50m', () => {
	let fc: CountryCollection;
	beforeAll(() => {
		fc = buildCountries(topology);
	});
	const byIso = (iso3: string) => fc.features.find((f) => f.properties.iso3 === iso3);

	it.each(MEMBERS)('includes member %s as a valid polygon with role member', (iso3) => {
		const f = byIso(iso3);
		expect(f?.properties.role).toBe('member');
		expect(f?.geometry.type).toBe('MultiPolygon');
		expect(f!.geometry.coordinates.length).toBeGreaterThan(0);
		for (const polygon of f!.geometry.coordinates) {
			for (const ring of polygon) {
				expect(ring.length).toBeGreaterThanOrEqual(4);
				expect(ring[0]).toEqual(ring[ring.length - 1]);
				for (const [lon, lat] of ring) {
					expect(Number.isFinite(lon) && Number.isFinite(lat)).toBe(true);
					expect(lat).toBeGreaterThanOrEqual(-90);
					expect(lat).toBeLessThanOrEqual(90);
				}
			}
			expect(Math.abs(signedArea(polygon[0]!))).toBeGreaterThan(0);
		}
	});

	it('has no ring in any country that jumps more than 180° between neighbouring points', () => {
		for (const f of fc.features)
			for (const polygon of f.geometry.coordinates)
				for (const ring of polygon)
					for (let i = 1; i < ring.length; i++)
						expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!), f.properties.iso3).toBeLessThan(180);
	});

	it('keeps Russia in one piece: its longitudes run from the Baltic past 180°, not -180..180', () => {
		const [min, max] = lonBounds(byIso('RUS')!.geometry.coordinates);
		expect(min).toBeGreaterThan(19);
		expect(max).toBeGreaterThan(180);
		expect(max - min).toBeLessThan(180);
	});

	it.each(['AZE', 'GEO', 'TUR', 'IRN', 'AFG', 'UZB', 'TKM', 'CHN', 'MNG', 'UKR'])(
		'includes neighbour %s with role neighbour',
		(iso3) => {
			expect(byIso(iso3)?.properties.role).toBe('neighbour');
		}
	);

	it('draws each country once', () => {
		const codes = fc.features.map((f) => f.properties.iso3);
		expect(new Set(codes).size).toBe(codes.length);
	});

	it('rounds every coordinate to at most four decimals', () => {
		for (const f of fc.features)
			for (const polygon of f.geometry.coordinates)
				for (const ring of polygon)
					for (const p of ring) for (const x of p) expect(Math.round(x * 1e4) / 1e4).toBe(x);
	});

	it.each(MEMBERS)("puts %s's label point inside its own territory", (iso3) => {
		const f = byIso(iso3)!;
		const label = f.properties.label;
		expect(f.geometry.coordinates.some((polygon) => inside(label, polygon))).toBe(true);
	});

	it('simplifies: the file stays under 400 KB of JSON', () => {
		expect(JSON.stringify(fc).length).toBeLessThan(400_000);
	});
});
