import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	addDays,
	dayNumber,
	daysInMonth,
	fromDayNumber,
	isValidDate,
	isoDay,
	parseIsoDay,
	weekdayOf
} from '$lib/pipeline/dates/calendar';

describe('calendar', () => {
	it.each([
		[2023, 2, 28],
		[2024, 2, 29],
		[1900, 2, 28],
		[2000, 2, 29],
		[2023, 9, 30],
		[2023, 12, 31]
	])('knows that %i-%i has %i days', (y, m, n) => {
		expect(daysInMonth(y, m)).toBe(n);
	});

	it.each([
		[2023, 11, 23, 4],
		[2022, 1, 10, 1],
		[2021, 9, 16, 4],
		[2021, 9, 14, 2],
		[1970, 1, 1, 4],
		[2000, 2, 29, 2]
	])('gives %i-%i-%i the weekday %i (0 = Sunday)', (y, m, d, w) => {
		expect(weekdayOf(y, m, d)).toBe(w);
	});

	it.each([
		'2023-02-29',
		'2023-13-01',
		'2023-00-10',
		'2023-1-5',
		'23-11-2023',
		'',
		'2023-11-23T00:00'
	])('refuses %j as an ISO day', (s) => {
		expect(parseIsoDay(s)).toBeNull();
	});

	it('adds days across month, year and leap-day boundaries', () => {
		expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
		expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
		expect(addDays('2022-01-10', -2)).toBe('2022-01-08');
	});

	it('agrees with Date.UTC on day numbers and weekdays for any day 1600-2400', () => {
		fc.assert(
			fc.property(fc.integer({ min: -135000, max: 157000 }), (n) => {
				const d = fromDayNumber(n);
				const ms = Date.UTC(d.year, d.month - 1, d.day);
				expect(ms / 86400000).toBe(n);
				expect(new Date(ms).getUTCDay()).toBe(weekdayOf(d.year, d.month, d.day));
				expect(isValidDate(d.year, d.month, d.day)).toBe(true);
				expect(dayNumber(d.year, d.month, d.day)).toBe(n);
				expect(parseIsoDay(isoDay(d.year, d.month, d.day))).toEqual(d);
			}),
			{ seed: 42, numRuns: 500 }
		);
	});
});
