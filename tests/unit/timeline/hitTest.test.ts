import { describe, expect, it } from 'vitest';
import { timelineGeometry, rowTop } from '$lib/timeline/geometry';
import { hitTest } from '$lib/timeline/hitTest';
import type { LaneLayout } from '$lib/timeline/layoutView';

const g = timelineGeometry(60);
const empty: LaneLayout = { kind: 'marks', marks: [], clusters: [], count: 0 };
const layout: LaneLayout[] = [
	{
		kind: 'marks',
		marks: [
			{ i: 4, x0: 10, x1: 18, row: 0, point: true },
			{ i: 5, x0: 10, x1: 60, row: 1, point: false }
		],
		clusters: [{ x0: 24, x1: 48, count: 9, start: 0, end: 1, sample: [6] }],
		count: 11
	},
	{
		kind: 'density',
		binWidth: 4,
		counts: new Uint32Array([0, 3, 0]),
		mass: new Float32Array([0, 3, 0]),
		max: 3,
		count: 3
	},
	empty
];

describe('hitTest', () => {
	it.each([
		['a point mark', 14, rowTop(g, 0, 0) + 5, { kind: 'event', i: 4 }],
		['a point mark from just beside it', 20, rowTop(g, 0, 0) + 5, { kind: 'event', i: 4 }],
		['the span in the next row', 50, rowTop(g, 0, 1) + 5, { kind: 'event', i: 5 }],
		['a count badge', 30, rowTop(g, 0, g.rows) + 5, { kind: 'cluster', count: 9 }],
		['a density bin', 5, g.laneTops[1]! + 30, { kind: 'bin', count: 3 }]
	])('finds %s', (_, x, y, expected) => {
		expect(hitTest(layout, g, x, y)).toMatchObject(expected);
	});

	it.each([
		['empty space in a row', 100, rowTop(g, 0, 0) + 5],
		['an empty bin', 1, g.laneTops[1]! + 30],
		['the axis', 14, 5],
		['below the lanes', 14, g.bandTop + 5]
	])('finds nothing on %s', (_, x, y) => {
		expect(hitTest(layout, g, x, y)).toBeNull();
	});
});
