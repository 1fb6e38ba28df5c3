import { describe, expect, it } from 'vitest';
import { windowFromDays } from '$lib/ui/windowFromDays';

const EXTENT = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2024, 0, 1) };

describe('windowFromDays', () => {
	it('spans from the first day to the end of the last, inclusive', () => {
		expect(windowFromDays('2022-01-10', '2022-01-10', EXTENT)).toEqual({
			start: Date.UTC(2022, 0, 10),
			end: Date.UTC(2022, 0, 11)
		});
	});

	it('clamps days outside the data into it', () => {
		expect(windowFromDays('2019-05-01', '2030-01-01', EXTENT)).toEqual(EXTENT);
	});

	it.each([
		['', '2022-01-01'],
		['2022-02-30', '2022-03-01'],
		['2022-3-1', '2022-04-01'],
		['2022-05-01', '2022-04-01'],
		['2030-01-01', '2030-02-01']
	])('refuses %j to %j', (from, to) => {
		expect(windowFromDays(from, to, EXTENT)).toBeNull();
	});
});
