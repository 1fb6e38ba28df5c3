import { describe, expect, it } from 'vitest';
import { STATUS_COLORS } from '$lib/ui/statusColors';
import { contrastRatio, readableTextColor } from '$lib/ui/readableTextColor';

describe('readableTextColor', () => {
	it.each([
		['#000000', '#ffffff'],
		['#ffffff', '#1b1b1b'],
		['#d08c1a', '#1b1b1b']
	])('puts readable text on %s', (bg, text) => {
		expect(readableTextColor(bg)).toBe(text);
	});

	it('gives every status colour a label of at least 4.5:1 (WCAG AA for small text)', () => {
		for (const bg of Object.values(STATUS_COLORS))
			expect(contrastRatio(bg, readableTextColor(bg))).toBeGreaterThanOrEqual(4.5);
	});
});
