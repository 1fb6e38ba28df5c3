import { describe, expect, it } from 'vitest';
import { conjunctionList } from '$lib/i18n/conjunctionList';

describe('conjunctionList', () => {
	it('joins names with the locale’s “and”', () => {
		expect(conjunctionList('en', ['Armenia', 'Belarus', 'Russia'])).toBe(
			'Armenia, Belarus, and Russia'
		);
		expect(conjunctionList('ar', ['أرمينيا', 'روسيا'])).toBe('أرمينيا وروسيا');
	});

	it('keeps each locale’s own formatter when locales alternate', () => {
		expect(conjunctionList('en', ['A', 'B'])).toBe('A and B');
		expect(conjunctionList('ar', ['أ', 'ب'])).toBe('أ وب');
		expect(conjunctionList('en', ['A', 'B'])).toBe('A and B');
	});
});
