import { describe, expect, it } from 'vitest';
import { digitSample } from '$lib/i18n/digitSample';

describe('digitSample', () => {
	it('writes the year in Arabic-Indic digits for arab and Western digits for latn, ungrouped', () => {
		expect(digitSample('arab')).toBe('٢٠٢٣');
		expect(digitSample('latn')).toBe('2023');
	});

	it('gives the same text when asked again', () => {
		expect(digitSample('arab')).toBe(digitSample('arab'));
	});
});
