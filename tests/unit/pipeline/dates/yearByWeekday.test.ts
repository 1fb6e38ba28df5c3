import { describe, expect, it } from 'vitest';
import { yearByWeekday } from '$lib/pipeline/dates/yearByWeekday';

const WINDOW = [2021, 2022, 2023];
const TUESDAY = 2;

describe('yearByWeekday', () => {
	it.each([
		['Tuesday 13 September: 2022 alone', 9, 13, TUESDAY, WINDOW, '2022-09-13'],
		['Thursday 23 November: 2023 alone', 11, 23, 4, WINDOW, '2023-11-23'],
		['Monday 10 January: 2022 alone', 1, 10, 1, WINDOW, '2022-01-10'],
		['a weekday no year of the window has for that day', 9, 13, 0, WINDOW, null],
		['29 February, in no year of the window', 2, 29, TUESDAY, WINDOW, null],
		[
			'two years that fit (2016 and 2022 for Tuesday 13 September)',
			9,
			13,
			TUESDAY,
			[2016, 2022],
			null
		],
		['no years to choose from', 9, 13, TUESDAY, [], null]
	])('%s', (_name, month, day, weekday, years, expected) => {
		expect(yearByWeekday(month, day, weekday, years)).toBe(expected);
	});
});
