import { describe, expect, it } from 'vitest';
import { listKeyTarget } from '$lib/ui/listKeyTarget';

describe('listKeyTarget', () => {
	it('moves one row with the arrows and stops at either end', () => {
		expect(listKeyTarget('ArrowDown', 4, 10, 5)).toBe(5);
		expect(listKeyTarget('ArrowUp', 0, 10, 5)).toBe(0);
		expect(listKeyTarget('ArrowDown', 9, 10, 5)).toBe(9);
	});

	it('moves a page with Page Up and Page Down', () => {
		expect(listKeyTarget('PageDown', 2, 100, 5)).toBe(7);
		expect(listKeyTarget('PageUp', 2, 100, 5)).toBe(0);
	});

	it('jumps to the last of 100,000 rows with End and back with Home', () => {
		expect(listKeyTarget('End', 0, 100_000, 5)).toBe(99_999);
		expect(listKeyTarget('Home', 99_999, 100_000, 5)).toBe(0);
	});

	it('leaves other keys alone', () => {
		expect(listKeyTarget('Enter', 3, 10, 5)).toBeNull();
		expect(listKeyTarget('ArrowDown', 0, 0, 5)).toBeNull();
	});
});
