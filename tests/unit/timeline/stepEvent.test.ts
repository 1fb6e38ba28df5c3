import { describe, expect, it } from 'vitest';
import { arrowDirection, stepEvent } from '$lib/timeline/stepEvent';

const starts = [10, 20, 20, 30];

describe('stepEvent', () => {
	it.each([
		[0, 1, 1],
		[1, 1, 2],
		[3, 1, null],
		[0, -1, null],
		[2, -1, 1]
	] as const)('from %s going %s reaches %s', (current, direction, expected) => {
		expect(stepEvent(starts, current, direction, 0)).toBe(expected);
	});

	it.each([
		[15, 1, 1],
		[20, 1, 1],
		[20, -1, 2],
		[15, -1, 0],
		[5, -1, null],
		[35, 1, null],
		[35, -1, 3]
	] as const)(
		'with nothing selected and the anchor at %s going %s reaches %s',
		(anchor, direction, expected) => {
			expect(stepEvent(starts, null, direction, anchor)).toBe(expected);
		}
	);

	it('has nowhere to go without events', () => {
		expect(stepEvent([], null, 1, 0)).toBeNull();
		expect(stepEvent([], 0, 1, 0)).toBeNull();
	});
});

describe('arrowDirection', () => {
	it.each([
		['ArrowRight', false, 1],
		['ArrowLeft', false, -1],
		['ArrowRight', true, -1],
		['ArrowLeft', true, 1]
	] as const)('%s on an axis with rtl %s moves %d in time', (key, rtl, expected) => {
		expect(arrowDirection(key, rtl)).toBe(expected);
	});
});
