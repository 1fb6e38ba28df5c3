import { describe, expect, it } from 'vitest';
import { countryBounds } from '$lib/map/countryBounds';
import { insetPaths, insetProjection } from '$lib/map/inset/insetPaths';
import { needsFraming } from '$lib/map/needsFraming';

const square = (w: number, s: number, e: number, n: number) => [
	[
		[w, s],
		[e, s],
		[e, n],
		[w, n],
		[w, s]
	]
];

describe('the Caucasus inset', () => {
	it('puts the frame corners at the corners of the box', () => {
		const project = insetProjection([40, 38, 50, 43], 200, 100);
		expect(project(40, 43)).toEqual([0, 0]);
		const [x, y] = project(50, 38);
		expect(x).toBeCloseTo(200);
		expect(y).toBeCloseTo(100);
	});

	it('draws north up and stretches latitudes like Web Mercator', () => {
		const project = insetProjection([0, 0, 10, 60], 100, 100);
		const [, y30] = project(5, 30);
		expect(y30).toBeGreaterThan(50); // 30°N sits below the middle of 0–60°N in Mercator
	});

	it.each([
		['a country inside the frame', square(44, 39, 46, 41), 1],
		['a country far outside it', square(100, 10, 110, 20), 0]
	])('keeps %s only when it reaches the frame', (_, rings, count) => {
		const paths = insetPaths([{ iso3: 'ARM', role: 'member', rings }], [40, 38, 50, 43], 200, 100);
		expect(paths).toHaveLength(count);
	});

	it('writes one closed subpath per ring', () => {
		const rings = [...square(44, 39, 45, 40), ...square(46, 40, 47, 41)];
		const [path] = insetPaths([{ iso3: 'ARM', role: 'member', rings }], [40, 38, 50, 43], 200, 100);
		expect(path?.d.match(/M/g)).toHaveLength(2);
		expect(path?.d.match(/Z/g)).toHaveLength(2);
	});
});

describe('framing a filtered country', () => {
	it('boxes every ring of a country', () => {
		expect(countryBounds([...square(44, 39, 45, 40), ...square(46, 38, 47, 41)])).toEqual([
			44, 38, 47, 41
		]);
	});

	it('has no box for a country without rings', () => {
		expect(countryBounds([])).toBeNull();
	});

	it.each([
		['a small country in view', { left: 100, top: 100, right: 110, bottom: 108 }, true],
		['a large country in view', { left: 50, top: 50, right: 300, bottom: 250 }, false],
		['a large country partly off the map', { left: -50, top: 50, right: 300, bottom: 250 }, true]
	])('moves the map for %s', (_, box, moves) => {
		expect(needsFraming(box, 400, 300)).toBe(moves);
	});
});

describe('the no-report hatching', () => {
	it('draws one diagonal ink pixel per row, the rest transparent', async () => {
		const { hatchImage } = await import('$lib/map/hatchImage');
		const { width, height, data } = hatchImage(8);
		expect([width, height, data.length]).toEqual([8, 8, 256]);
		const inked = [...Array(64).keys()].filter((i) => data[i * 4 + 3]! > 0);
		expect(inked).toHaveLength(8);
	});
});
