import { describe, expect, it } from 'vitest';
import {
	scaleExtentFor,
	transformFromWindow,
	windowFromTransform
} from '$lib/timeline/zoomTransform';
import { DAY } from '$lib/timeline/windowMath';
import { EXTENT, utc } from './fixtures';

describe('zoom transform ⇄ window', () => {
	it.each([false, true])('shows the whole extent at the identity transform (rtl %s)', (rtl) => {
		expect(windowFromTransform({ k: 1, x: 0 }, EXTENT, 800, rtl)).toEqual(EXTENT);
	});

	it.each([
		[{ start: utc(2022, 1), end: utc(2022, 2) }, false],
		[{ start: utc(2022, 1), end: utc(2022, 2) }, true],
		[{ start: utc(2023, 12, 30), end: utc(2023, 12, 31) }, true],
		[{ start: utc(2021, 1, 1), end: utc(2021, 1, 2) }, false]
	])('round-trips %j (rtl %s)', (view, rtl) => {
		const back = windowFromTransform(transformFromWindow(view, EXTENT, 640, rtl), EXTENT, 640, rtl);
		expect(back.start).toBeCloseTo(view.start, -2);
		expect(back.end).toBeCloseTo(view.end, -2);
	});

	it('mirrors the translation on a right-to-left axis: the earliest window sits at the far right', () => {
		const first = { start: EXTENT.start, end: EXTENT.start + (EXTENT.end - EXTENT.start) / 4 };
		expect(transformFromWindow(first, EXTENT, 400, false)).toEqual({ k: 4, x: -0 });
		expect(transformFromWindow(first, EXTENT, 400, true).x).toBeCloseTo(-1200);
	});

	it('zooms from the whole extent down to one day', () => {
		expect(scaleExtentFor(EXTENT)).toEqual([1, (EXTENT.end - EXTENT.start) / DAY]);
	});
});
