import { describe, expect, it } from 'vitest';
import { swipeAxis } from '$lib/timeline/swipeAxis';

describe('swipeAxis', () => {
	it.each([
		[0, 0, null, 'no movement yet'],
		[3, -4, null, 'still within the slop'],
		[0, -40, 'y', 'straight up'],
		[2, 30, 'y', 'down with a wobble'],
		[-25, 10, 'x', 'mostly sideways'],
		[20, 20, 'x', 'a perfect diagonal goes to the drag'],
		[-6, 0, 'x', 'exactly the slop']
	] as const)('reads (%d, %d) as %s: %s', (dx, dy, axis, why) => {
		void why;
		expect(swipeAxis(dx, dy)).toBe(axis);
	});
});
