import { describe, expect, it, vi } from 'vitest';
import { placeText } from '$lib/detail/placeText';
import { formatYears } from '$lib/i18n/formatYears';

const join = (p: string, c: string) => `${p}, ${c}`;

describe('a place and its country', () => {
	it.each([
		['Minsk', 'Belarus', 'Minsk, Belarus'],
		['Kazakhstan', 'Kazakhstan', 'Kazakhstan'],
		['كازاخستان', 'كازاخستان', 'كازاخستان'],
		['قازاخستان', 'كازاخستان', 'قازاخستان, كازاخستان'],
		['أرمينيا', 'ارمينيا', 'أرمينيا']
	])('writes %s in %s as "%s"', (place, country, expected) => {
		expect(placeText(place, country, join)).toBe(expected);
	});
});

describe('a span of years', () => {
	it.each([
		['en-GB', '2021–2023'],
		['ar-u-nu-latn', '2021–2023'],
		['ar-u-nu-arab', '٢٠٢١–٢٠٢٣']
	])('is written in %s digits as %s', (locale, expected) => {
		expect(formatYears(2021, 2023, locale)).toBe(expected);
	});

	it('is written without an Intl formatter for the two digit styles the app offers', () => {
		const spy = vi.spyOn(Intl, 'NumberFormat');
		try {
			expect(formatYears(2021, 2023, 'en-GB-u-nu-latn')).toBe('2021–2023');
			expect(formatYears(2021, 2023, 'ar-u-nu-arab')).toBe('٢٠٢١–٢٠٢٣');
			expect(spy).not.toHaveBeenCalled();
		} finally {
			spy.mockRestore();
		}
	});
});
