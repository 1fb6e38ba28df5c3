import { describe, expect, it } from 'vitest';
import { gridMove } from '$lib/attendance/gridMove';

const size = { rows: 6, cols: 4 };
const at = { row: 2, col: 1 };

describe('moving through the attendance grid', () => {
	it.each([
		['ArrowRight', false, false, { row: 2, col: 2 }],
		['ArrowLeft', false, false, { row: 2, col: 0 }],
		['ArrowRight', true, false, { row: 2, col: 0 }],
		['ArrowLeft', true, false, { row: 2, col: 2 }],
		['ArrowDown', false, false, { row: 3, col: 1 }],
		['ArrowUp', false, false, { row: 1, col: 1 }],
		['Home', false, false, { row: 2, col: 0 }],
		['End', false, false, { row: 2, col: 3 }],
		['Home', false, true, { row: 0, col: 0 }],
		['End', true, true, { row: 5, col: 3 }]
	])('moves %s (rtl %s, ctrl %s) to %o', (key, rtl, ctrl, to) => {
		expect(gridMove(key, at, size, { rtl, ctrl })).toEqual(to);
	});

	it('stops at the edges', () => {
		expect(gridMove('ArrowUp', { row: 0, col: 0 }, size)).toEqual({ row: 0, col: 0 });
		expect(gridMove('ArrowRight', { row: 0, col: 3 }, size)).toEqual({ row: 0, col: 3 });
	});

	it('ignores other keys', () => {
		expect(gridMove('a', at, size)).toBeNull();
	});
});
