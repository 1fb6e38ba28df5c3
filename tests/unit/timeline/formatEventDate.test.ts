import { describe, expect, it } from 'vitest';
import { formatDay, formatEventDate } from '$lib/timeline/formatEventDate';

describe('formatEventDate', () => {
	it.each([
		['2022-09-13', undefined, '13 September 2022'],
		['2022-09', undefined, 'September 2022'],
		['2022', undefined, '2022'],
		['2022-09-13', '2022-09-15', '13–15 September 2022'],
		['2022-09', '2022-11', 'September–November 2022'],
		['2022', '2023', '2022–2023'],
		['2022-09', '2022-10-02', 'September 2022–2 October 2022'],
		['2022-13', undefined, '2022-13']
	])('writes %s to %s as %j in British English', (date, end, expected) => {
		// ICU versions differ in the spaces around the range dash; the words are what matter.
		const text = formatEventDate(date, end, 'en-GB').replace(/\s+/g, ' ').replace(/ ?– ?/g, '–');
		expect(text).toBe(expected);
	});

	it('keeps the UTC day even in a time zone east of Greenwich', () => {
		expect(process.env.TZ).toBe('Asia/Yerevan');
		expect(formatEventDate('2021-01-01', undefined, 'en-GB')).toBe('1 January 2021');
		expect(formatDay(Date.UTC(2023, 11, 31, 23), 'en-GB')).toBe('31 December 2023');
	});

	it('writes Arabic month names for the Arabic locale', () => {
		expect(formatEventDate('2022-09', undefined, 'ar')).toMatch(/سبتمبر/);
	});
});
