import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { isStale } from '$lib/map/build/isStale';
import { pickCountries } from '$lib/map/build/pickCountries';
import { roundRings } from '$lib/map/build/roundRings';
import { simplifyRings } from '$lib/map/build/simplifyRings';
import type { Rings } from '$lib/map/build/toPolygons';
import { unwrapAntimeridian } from '$lib/map/build/unwrapAntimeridian';
import { labelPoint, inside } from '$lib/map/build/labelPoint';

const square = (x: number, y: number, s = 1): Rings => [
	[
		[x, y],
		[x + s, y],
		[x + s, y + s],
		[x, y + s],
		[x, y]
	]
];

describe('unwrapAntimeridian', () => {
	it('shifts the negative longitudes of a ring that jumps across the date line by +360', () => {
		const ring = [
			[170, 60],
			[180, 60],
			[-175, 62],
			[-175, 66],
			[180, 66],
			[170, 66],
			[170, 60]
		];
		const [[out]] = unwrapAntimeridian([[ring]]) as [[number[][]]];
		expect(out.map(([lon]) => lon)).toEqual([170, 180, 185, 185, 180, 170, 170]);
	});

	it('moves a separate polygon at the date line east when the country also reaches 180', () => {
		const out = unwrapAntimeridian([square(170, 60, 10), square(-180, 70, 3)]);
		expect(out[1]![0]!.map(([lon]) => lon)).toEqual([180, 183, 183, 180, 180]);
	});

	it.each([
		['a country far from the date line', [square(44, 40)]],
		['a western country touching -180 with no eastern part', [square(-180, 60, 5)]],
		[
			'Kaliningrad-like exclave west of a country reaching 180',
			[square(170, 60, 10), square(20, 54)]
		]
	])('leaves %s as it is', (_, polygons) => {
		const out = unwrapAntimeridian(polygons);
		expect(out[out.length - 1]).toEqual(polygons[polygons.length - 1]);
	});
});

describe('roundRings', () => {
	it('rounds to the given decimals and drops the repeats rounding makes', () => {
		const ring = [
			[1.00001, 2.00001],
			[1.00002, 2.00002],
			[3.123456, 2],
			[3, 4],
			[1.00001, 2.00001]
		];
		expect(roundRings([[ring]], 4)).toEqual([
			[
				[
					[1, 2],
					[3.1235, 2],
					[3, 4],
					[1, 2]
				]
			]
		]);
	});

	it.each([
		[
			'an outer ring that collapses to a point',
			[
				[
					[0, 0],
					[0.00001, 0],
					[0, 0.00001],
					[0, 0]
				]
			],
			0
		],
		['an empty ring', [[]], 0]
	])('drops the polygon for %s', (_, rings, expected) => {
		expect(roundRings([rings as Rings], 4)).toHaveLength(expected);
	});

	it('drops a hole that collapses but keeps its polygon', () => {
		const tinyHole = [
			[0.5, 0.5],
			[0.50001, 0.5],
			[0.5, 0.50001],
			[0.5, 0.5]
		];
		const out = roundRings([[...square(0, 0), tinyHole]], 4);
		expect(out).toHaveLength(1);
		expect(out[0]).toHaveLength(1);
	});
});

describe('simplifyRings', () => {
	it('removes points closer to the line than the tolerance, keeping the corners', () => {
		const ring = [
			[0, 0],
			[0.5, 0.001],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		];
		expect(simplifyRings([[ring]], 0.01)[0]![0]).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		]);
	});

	it('never leaves a ring with fewer than four positions', () => {
		const thin = [
			[0, 0],
			[1, 0.0001],
			[2, 0],
			[1, -0.0001],
			[0, 0]
		];
		expect(simplifyRings([[thin]], 1)[0]![0]!.length).toBeGreaterThanOrEqual(4);
	});

	it('returns the input for a zero tolerance', () => {
		const polygons = [square(0, 0)];
		expect(simplifyRings(polygons, 0)).toBe(polygons);
	});
});

describe('labelPoint', () => {
	it('finds a point inside a C-shaped country, where the centroid would be outside', () => {
		const c: Rings = [
			[
				[0, 0],
				[10, 0],
				[10, 2],
				[2, 2],
				[2, 8],
				[10, 8],
				[10, 10],
				[0, 10],
				[0, 0]
			]
		];
		const p = labelPoint([c]);
		expect(inside(p, c)).toBe(true);
		expect(inside([5, 5], c)).toBe(false);
	});

	it('uses the largest part of a country made of several', () => {
		const p = labelPoint([square(100, 0, 1), square(0, 0, 10)]);
		expect(p[0]).toBeLessThan(10);
	});

	it('throws on a country with no polygon rather than placing a label at 0,0', () => {
		expect(() => labelPoint([])).toThrow();
	});
});

describe('pickCountries', () => {
	const topology = (geometries: object[]) =>
		({
			type: 'Topology',
			arcs: [],
			objects: { countries: { type: 'GeometryCollection', geometries } }
		}) as unknown as Topology;

	it('tags the picked countries with ISO3 and role and skips the rest and the id-less', () => {
		const t = topology([
			{ type: 'Polygon', id: '051', arcs: [] },
			{ type: 'Polygon', id: '268', arcs: [] },
			{ type: 'Polygon', id: '840', arcs: [] },
			{ type: 'Polygon', arcs: [] }
		]);
		const picked = pickCountries(t, { '051': 'ARM', '268': 'GEO' });
		expect(picked.map((p) => [p.iso3, p.role])).toEqual([
			['ARM', 'member'],
			['GEO', 'neighbour']
		]);
	});

	it('fails loudly when a listed country is missing from the data', () => {
		expect(() => pickCountries(topology([]), { '051': 'ARM' })).toThrow(/ARM/);
	});

	it('fails loudly on a topology without the countries object', () => {
		expect(() => pickCountries(topology([]), { '051': 'ARM' }, 'land')).toThrow(/land/);
	});
});

describe('isStale', () => {
	it.each([
		[null, [1], true],
		[10, [5, 9], false],
		[10, [5, 11], true],
		[10, [10], false],
		[10, [], false]
	])('output %s with inputs %j is stale: %s', (out, inputs, expected) => {
		expect(isStale(out, inputs)).toBe(expected);
	});
});
