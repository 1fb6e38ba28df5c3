import { describe, expect, it } from 'vitest';
import {
	DAY,
	centreOn,
	interpolateWindow,
	isWellInside,
	panWindow,
	sameWindow,
	zoomWindow
} from '$lib/timeline/windowMath';
import { EXTENT, utc } from './fixtures';

const YEAR_2022 = { start: utc(2022, 1), end: utc(2023, 1) };

describe('window arithmetic', () => {
	it('pans without changing the length and stops at the extent', () => {
		expect(panWindow(YEAR_2022, 10 * DAY, EXTENT)).toEqual({
			start: YEAR_2022.start + 10 * DAY,
			end: YEAR_2022.end + 10 * DAY
		});
		expect(panWindow(YEAR_2022, -10_000 * DAY, EXTENT)).toEqual({
			start: EXTENT.start,
			end: EXTENT.start + 365 * DAY
		});
		expect(panWindow(YEAR_2022, 10_000 * DAY, EXTENT).end).toBe(EXTENT.end);
	});

	it('zooms around an anchor that stays at the same fraction of the window', () => {
		const anchor = YEAR_2022.start + 0.25 * (YEAR_2022.end - YEAR_2022.start);
		const z = zoomWindow(YEAR_2022, 2, anchor, EXTENT);
		expect(z.end - z.start).toBeCloseTo((YEAR_2022.end - YEAR_2022.start) / 2);
		expect((anchor - z.start) / (z.end - z.start)).toBeCloseTo(0.25);
	});

	it.each([
		[1e9, DAY],
		[1e-9, EXTENT.end - EXTENT.start]
	])('keeps the length between a day and the extent when zooming by %d', (factor, span) => {
		const z = zoomWindow(YEAR_2022, factor, utc(2022, 6, 1), EXTENT);
		expect(z.end - z.start).toBeCloseTo(span);
		expect(z.start).toBeGreaterThanOrEqual(EXTENT.start);
		expect(z.end).toBeLessThanOrEqual(EXTENT.end);
	});

	it('centres on a moment unless the extent stops it', () => {
		const c = centreOn(YEAR_2022, utc(2022, 9, 1), EXTENT);
		expect((c.start + c.end) / 2).toBe(utc(2022, 9, 1));
		expect(centreOn(YEAR_2022, utc(2021, 1, 2), EXTENT).start).toBe(EXTENT.start);
	});

	it.each([
		[utc(2022, 6, 1), true],
		[utc(2022, 1, 1), false],
		[utc(2021, 6, 1), false],
		[utc(2023, 6, 1), false]
	])('tells whether %d is well inside the window (%s)', (t, inside) => {
		expect(isWellInside(YEAR_2022, t, t + DAY)).toBe(inside);
	});

	it('treats windows a fraction of a pixel apart as the same', () => {
		expect(sameWindow(YEAR_2022, { start: YEAR_2022.start + 1000, end: YEAR_2022.end }, 1000)).toBe(
			true
		);
		expect(sameWindow(YEAR_2022, { start: YEAR_2022.start + DAY, end: YEAR_2022.end }, 1000)).toBe(
			false
		);
	});

	it('interpolates from one window to another through its ends', () => {
		const to = { start: utc(2022, 6, 1), end: utc(2022, 6, 2) };
		expect(interpolateWindow(YEAR_2022, to, 0).start).toBeCloseTo(YEAR_2022.start, -3);
		expect(interpolateWindow(YEAR_2022, to, 1).end).toBeCloseTo(to.end, -3);
		const mid = interpolateWindow(YEAR_2022, to, 0.5);
		expect(mid.end - mid.start).toBeLessThan((YEAR_2022.end - YEAR_2022.start) / 2);
	});
});
