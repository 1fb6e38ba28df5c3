import { describe, expect, it } from 'vitest';
import { formatEventDate } from '$lib/i18n/formatEventDate';

describe('formatEventDate', () => {
	it.each([
		['2023-11-23', { locale: 'en' }, '23 November 2023'],
		['2023-11', { locale: 'en' }, 'November 2023'],
		['2023', { locale: 'en' }, '2023'],
		['2023-11-23', { locale: 'ar', digits: 'latn' }, '23 تشرين الثاني/نوفمبر 2023'],
		['2023-11-23', { locale: 'ar', digits: 'arab' }, '٢٣ تشرين الثاني/نوفمبر ٢٠٢٣'],
		['2022-01', { locale: 'ar', digits: 'latn' }, 'كانون الثاني/يناير 2022'],
		['2021-05', { locale: 'ar' }, 'أيار/مايو 2021'],
		['2023-11-23', { locale: 'ar', digits: 'latn', short: true }, '23 نوفمبر 2023'],
		['2022-09-13', { locale: 'en', short: true }, '13 Sept 2022']
	] as const)('%s in %o is %s', (date, style, expected) => {
		expect(formatEventDate(date, undefined, style)).toBe(expected);
	});

	it('writes a range with both ends at their own precision', () => {
		expect(formatEventDate('2022-09-13', '2022-09-14', { locale: 'en' })).toBe(
			'13 September 2022 – 14 September 2022'
		);
		expect(formatEventDate('2022-01', '2022-02-11', { locale: 'en' })).toBe(
			'January 2022 – 11 February 2022'
		);
	});

	it('never moves the day, whatever the time zone (tests run in Asia/Yerevan)', () => {
		expect(formatEventDate('2021-01-01', undefined, { locale: 'en' })).toBe('1 January 2021');
		expect(formatEventDate('2023-12-31', undefined, { locale: 'en' })).toBe('31 December 2023');
	});

	it('shows a malformed value as written instead of throwing', () => {
		expect(formatEventDate('2023-13-45', undefined, { locale: 'en' })).toBe('2023-13-45');
	});
});
