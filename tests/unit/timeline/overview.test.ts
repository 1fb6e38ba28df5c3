import { describe, expect, it } from 'vitest';
import { overviewKey } from '$lib/timeline/overviewKey';
import { brushToWindow, windowToBrush } from '$lib/timeline/overviewScale';
import { overviewPaths } from '$lib/timeline/overviewPaths';
import { DAY } from '$lib/timeline/windowMath';
import { EXTENT, utc } from './fixtures';

const YEAR_2022 = { start: utc(2022, 1), end: utc(2023, 1) };

describe('windowToBrush and brushToWindow', () => {
	it.each([false, true])('round-trip a window (right to left: %s)', (rtl) => {
		const px = windowToBrush(YEAR_2022, EXTENT, 1095, rtl);
		expect(px[0]).toBeLessThan(px[1]);
		const back = brushToWindow(px, EXTENT, 1095, rtl);
		expect(back.start).toBeCloseTo(YEAR_2022.start, -3);
		expect(back.end).toBeCloseTo(YEAR_2022.end, -3);
	});

	it('puts the earliest time on the right for Arabic', () => {
		const [a, b] = windowToBrush({ start: EXTENT.start, end: utc(2021, 7) }, EXTENT, 300, true);
		expect(b).toBe(300);
		expect(a).toBeGreaterThan(200);
	});

	it('never gives a window shorter than a day, nor one outside the extent', () => {
		const w = brushToWindow([0, 0], EXTENT, 1000, false);
		expect(w.end - w.start).toBe(DAY);
		expect(w.start).toBe(EXTENT.start);
		const v = brushToWindow([-50, 5000], EXTENT, 1000, false);
		expect(v).toEqual(EXTENT);
	});
});

describe('overviewKey', () => {
	const key = (k: string, rtl = false, shift = false) =>
		overviewKey(k, shift, YEAR_2022, EXTENT, rtl);

	it('moves later with → left to right and with ← right to left', () => {
		expect(key('ArrowRight')!.start).toBeGreaterThan(YEAR_2022.start);
		expect(key('ArrowLeft', true)!.start).toBeGreaterThan(YEAR_2022.start);
		expect(key('ArrowRight', true)!.start).toBeLessThan(YEAR_2022.start);
	});

	it('keeps the length when moving and stops at the ends', () => {
		const home = key('Home')!;
		expect(home.start).toBe(EXTENT.start);
		expect(home.end - home.start).toBe(YEAR_2022.end - YEAR_2022.start);
		expect(key('End')!.end).toBe(EXTENT.end);
	});

	it('narrows with + and widens with − about the centre', () => {
		const span = YEAR_2022.end - YEAR_2022.start;
		expect(key('+')!.end - key('+')!.start).toBeLessThan(span);
		expect(key('-')!.end - key('-')!.start).toBeGreaterThan(span);
	});

	it('resizes the later edge with shift+arrows, keeping the start', () => {
		const longer = key('ArrowRight', false, true)!;
		expect(longer.start).toBe(YEAR_2022.start);
		expect(longer.end).toBeGreaterThan(YEAR_2022.end);
		const shorter = key('ArrowRight', true, true)!;
		expect(shorter.start).toBe(YEAR_2022.start);
		expect(shorter.end).toBeLessThan(YEAR_2022.end);
	});

	it('ignores other keys', () => {
		expect(key('a')).toBeNull();
		expect(key('Enter')).toBeNull();
	});
});

describe('overviewPaths', () => {
	it('draws one tick per busy column in each lane, mirrored for Arabic', () => {
		const starts = [EXTENT.start, EXTENT.start, utc(2023, 12, 31)];
		const lanes = [0, 0, 2];
		const [a, b, c] = overviewPaths(starts, lanes, 3, EXTENT, 100, 8, false);
		expect(a!.match(/M/g)).toHaveLength(1);
		expect(a!.startsWith('M0 ')).toBe(true);
		expect(b).toBe('');
		expect(c!.startsWith('M99 ')).toBe(true);
		const [ra] = overviewPaths(starts, lanes, 3, EXTENT, 100, 8, true);
		expect(ra!.startsWith('M99 ')).toBe(true);
	});

	it('leaves out events outside the extent and draws nothing at zero width', () => {
		const [a] = overviewPaths([utc(2019, 1)], [0], 1, EXTENT, 100, 8, false);
		expect(a).toBe('');
		expect(overviewPaths([EXTENT.start], [0], 1, EXTENT, 0, 8, false)[0]).toMatch(/^M0 /);
	});
});
