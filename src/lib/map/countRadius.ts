import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/** Events in a marker, whether it is one place or a cluster (whose `total` MapLibre sums). */
export const EVENTS_IN_MARKER: ExpressionSpecification = [
	'coalesce',
	['get', 'total'],
	['get', 'count'],
	1
];

/**
 * Radii for counts of four digits and more: their badge ("1,234", "10,000") is wider than the
 * 14 px disc of fifty events, and white digits off the disc vanish on the map. Each is at least
 * half the count's width at the badge's 12 px bold, plus the stroke.
 */
export const WIDE_COUNT_RADII: readonly (readonly [count: number, radius: number])[] = [
	[1_000, 19],
	[10_000, 22],
	[100_000, 26]
];

/**
 * A marker's radius by its events: linear between `stops` (count, radius), then a step up at each
 * wide count, flat in between, so smaller markers keep their size.
 */
export function countRadius(
	stops: readonly (readonly [number, number])[]
): ExpressionSpecification {
	const all: [number, number][] = stops.map(([n, r]) => [n, r]);
	for (const [n, r] of WIDE_COUNT_RADII) {
		const last = all[all.length - 1];
		if (last && last[0] < n - 1) all.push([n - 1, last[1]]);
		all.push([n, r]);
	}
	return ['interpolate', ['linear'], EVENTS_IN_MARKER, ...all.flat()] as ExpressionSpecification;
}

/** The radius the label placement reserves around a marker of `n` events (CSS px). */
export function screenRadius(n: number): number {
	let r = n > 1 ? 12 : 6;
	for (const [count, radius] of WIDE_COUNT_RADII) if (n >= count) r = radius;
	return r;
}
