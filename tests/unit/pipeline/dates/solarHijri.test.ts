import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '$lib/pipeline/dates/dateFromUrl';
import { solarHijriToGregorian } from '$lib/pipeline/dates/solarHijriToGregorian';

describe('solarHijriToGregorian', () => {
	it.each([
		// Nowruz, the first day of the year, in a common and in a leap year.
		[1400, 1, 1, '2021-03-21'],
		[1403, 1, 1, '2024-03-20'],
		// The last day of the first half (31-day months) and the first of the second.
		[1400, 6, 31, '2021-09-22'],
		[1400, 7, 1, '2021-09-23'],
		// The Dushanbe summit's day after, and the Yerevan summit.
		[1400, 6, 26, '2021-09-17'],
		[1401, 9, 2, '2022-11-23'],
		// Esfand 30 exists in a leap year only.
		[1403, 12, 30, '2025-03-20'],
		[1400, 12, 29, '2022-03-20']
	])('reads %i/%i/%i as %s', (y, m, d, iso) => {
		expect(solarHijriToGregorian(y, m, d)).toBe(iso);
	});

	it.each([
		[1400, 12, 30, 'Esfand 30 in a common year'],
		[1400, 7, 31, 'the 31st of a 30-day month'],
		[1400, 13, 1, 'a thirteenth month'],
		[2021, 6, 26, 'a Gregorian year']
	])('refuses %i/%i/%i (%s)', (y, m, d) => {
		expect(solarHijriToGregorian(y, m, d)).toBeNull();
	});
});

describe('dateFromUrl with a Persian-calendar address', () => {
	it.each([
		['https://www.tasnimnews.com/ar/news/1400/06/26/2579114/slug', '2021-09-17'],
		['https://example.ir/ar/news/1401/09/02/123/', '2022-11-23']
	])('reads %s as %s', (url, iso) => {
		expect(dateFromUrl(url)).toBe(iso);
	});

	it('does not read an article number that looks like a year as one', () => {
		expect(dateFromUrl('https://example.com/news/1450/06/26/x')).toBeNull();
	});
});
