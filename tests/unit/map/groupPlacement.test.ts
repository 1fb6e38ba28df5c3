import { describe, expect, it } from 'vitest';
import { groupPlacement } from '$lib/map/groupPlacement';

describe('groupPlacement', () => {
	it('centres the list on a marker high on a wide map and opens it below', () => {
		expect(groupPlacement(400, 100, 800, 600)).toEqual({ x: 400, y: 100, above: false, room: 436 });
	});

	it('opens the list above a marker low on the map', () => {
		const p = groupPlacement(400, 500, 800, 600);
		expect(p.above).toBe(true);
		expect(p.room).toBe(436);
	});

	it('keeps the list inside the map near either edge', () => {
		expect(groupPlacement(10, 100, 800, 600).x).toBe(164);
		expect(groupPlacement(795, 100, 800, 600).x).toBe(636);
		// A phone: the list is at most 40% of the width on each side.
		expect(groupPlacement(5, 100, 375, 400).x).toBe(154);
	});

	it('leaves at least 96 px for the list even close to the edge', () => {
		expect(groupPlacement(400, 590, 800, 600).room).toBe(526);
		expect(groupPlacement(400, 20, 800, 100).room).toBe(96);
	});
});
