import { describe, expect, it } from 'vitest';
import { chooseTicks } from '$lib/timeline/ticks';
import { EXTENT, utc } from './fixtures';

describe('chooseTicks', () => {
	it('labels years on a narrow axis over the whole window', () => {
		const t = chooseTicks(EXTENT.start, EXTENT.end, 200, 'en');
		expect(t.unit).toBe('year');
		expect(t.minor.map((m) => m.label)).toEqual(['2021', '2022', '2023']);
	});

	it('labels months with their year as context on a wide axis', () => {
		const t = chooseTicks(utc(2022, 1), utc(2023, 1), 1200, 'en');
		expect(t.unit).toBe('month');
		expect(t.minor).toHaveLength(12);
		expect(t.minor[8]).toEqual({ t: utc(2022, 9), label: 'Sep' });
		expect(t.major).toEqual([{ t: utc(2022, 1), label: '2022' }]);
	});

	it('names the month the view starts in even when no month starts in view', () => {
		const t = chooseTicks(utc(2022, 9, 10), utc(2022, 9, 20), 800, 'en');
		expect(t.unit).toBe('day');
		expect(t.minor.map((m) => m.label).slice(0, 3)).toEqual(['10', '11', '12']);
		expect(t.major).toEqual([{ t: utc(2022, 9, 1), label: 'September 2022' }]);
	});

	it('drops a weekly tick that would crowd the first of the next month', () => {
		const t = chooseTicks(utc(2023, 5, 1), utc(2023, 12, 1), 1120, 'en');
		expect(t.unit).toBe('day');
		for (let k = 1; k < t.minor.length; k++)
			expect(t.minor[k]!.t - t.minor[k - 1]!.t).toBeGreaterThanOrEqual(4 * 86_400_000);
		expect(t.minor.some((m) => m.t === utc(2023, 7, 1))).toBe(true);
	});

	it('keeps ticks on UTC boundaries whatever the process time zone', () => {
		for (const m of chooseTicks(utc(2022, 1), utc(2022, 3), 900, 'en').minor)
			expect(new Date(m.t).getUTCHours()).toBe(0);
	});

	it('labels in Arabic for the Arabic locale', () => {
		const t = chooseTicks(utc(2022, 1), utc(2023, 1), 1200, 'ar');
		expect(t.minor[0]!.label).toMatch(/[\u0600-\u06ff]/);
	});

	it.each([
		[0, 100],
		[100, 0],
		[Number.NaN, 100]
	])('returns no ticks for a degenerate axis (span %d, width %d)', (span, width) => {
		expect(chooseTicks(0, span, width, 'en').minor).toEqual([]);
	});
});
