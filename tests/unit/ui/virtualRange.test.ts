import { describe, expect, it } from 'vitest';
import { virtualRange } from '$lib/ui/virtualRange';

describe('virtualRange', () => {
	it('draws the rows in the viewport and a few on each side', () => {
		expect(virtualRange(560, 280, 56, 100_000, 2)).toEqual({ first: 8, end: 18 });
	});

	it('reaches the last row when scrolled to the bottom', () => {
		const count = 100_000;
		const range = virtualRange(count * 56 - 280, 280, 56, count, 2);
		expect(range.end).toBe(count);
		expect(range.first).toBeLessThan(count - 5);
	});

	it('starts at the first row at the top and never past the list', () => {
		expect(virtualRange(0, 280, 56, 3)).toEqual({ first: 0, end: 3 });
		expect(virtualRange(-40, 280, 56, 3)).toEqual({ first: 0, end: 3 });
		expect(virtualRange(1e9, 280, 56, 3).end).toBe(3);
	});

	it('draws nothing for an empty list', () => {
		expect(virtualRange(0, 280, 56, 0)).toEqual({ first: 0, end: 0 });
	});
});
