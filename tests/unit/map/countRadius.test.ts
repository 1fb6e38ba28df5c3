import { expression, type ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle, LAYERS } from '$lib/map/buildStyle';
import { countRadius, screenRadius } from '$lib/map/countRadius';

const empty = { type: 'FeatureCollection' as const, features: [] };
const style = buildStyle({
	countries: empty,
	markers: empty,
	focus: empty,
	armeniaStatus: 'active',
	attribution: 'NE'
});

/** The radius MapLibre draws for a marker of `n` events, as the style-spec evaluates it. */
function radiusOf(layerId: string, n: number, cluster: boolean): number {
	const layer = style.layers.find((l) => l.id === layerId);
	const spec = (layer as { paint?: Record<string, unknown> } | undefined)?.paint?.[
		'circle-radius'
	] as ExpressionSpecification;
	const parsed = expression.createExpression(spec, `layers.${layerId}.paint.circle-radius`);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	const properties = cluster ? { total: n, point_count: n } : { count: n };
	return parsed.value.evaluate({ zoom: 3 }, { type: 'Point', properties } as never) as number;
}

/** Width of a count as the badge writes it (12 px bold: about 7.2 px a digit, 3 px a comma). */
const badgeWidth = (n: number) =>
	String(n).length * 7.2 + Math.floor((String(n).length - 1) / 3) * 3;

describe('marker radii', () => {
	it.each([
		[LAYERS.clusters, true],
		[LAYERS.points, false],
		[LAYERS.besidePoints, false]
	])('are wide enough in %s for a count of four digits and more', (layer, cluster) => {
		for (const n of [1_000, 1_234, 9_999, 10_000, 54_321, 100_000, 250_000])
			expect(2 * radiusOf(layer, n, cluster), `${n} events`).toBeGreaterThanOrEqual(
				badgeWidth(n) + 4
			);
	});

	it('keep the sizes of markers under a thousand events', () => {
		expect(radiusOf(LAYERS.clusters, 2, true)).toBe(9);
		expect(radiusOf(LAYERS.clusters, 10, true)).toBe(11);
		expect(radiusOf(LAYERS.clusters, 50, true)).toBe(14);
		expect(radiusOf(LAYERS.clusters, 999, true)).toBe(14);
		expect(radiusOf(LAYERS.points, 1, false)).toBe(5);
		expect(radiusOf(LAYERS.points, 2, false)).toBe(8);
		expect(radiusOf(LAYERS.points, 999, false)).toBe(11);
	});

	it('rise in steps, never shrinking as the count grows', () => {
		const expr = countRadius([
			[2, 9],
			[50, 14]
		]);
		expect(expr.slice(3)).toEqual([
			2, 9, 50, 14, 999, 14, 1000, 19, 9999, 19, 10000, 22, 99999, 22, 100000, 26
		]);
	});

	it('are reserved around markers by the label placement, as drawn', () => {
		expect(screenRadius(1)).toBe(6);
		expect(screenRadius(2)).toBe(12);
		expect(screenRadius(999)).toBe(12);
		expect(screenRadius(1_000)).toBe(19);
		expect(screenRadius(100_000)).toBe(26);
	});
});
