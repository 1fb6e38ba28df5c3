import { describe, expect, it } from 'vitest';
import { periodHitBox } from '$lib/timeline/periodHitBox';

describe('periodHitBox', () => {
	it('keeps a period at least 24 px wide exactly as drawn', () => {
		expect(periodHitBox(100, 148, 400)).toEqual({ offset: 0, width: 148 });
		expect(periodHitBox(0, 24, 400)).toEqual({ offset: 0, width: 24 });
	});

	it('widens a narrow period to 24 px centred on it', () => {
		expect(periodHitBox(200, 10, 400)).toEqual({ offset: -7, width: 24 });
	});

	it('keeps a narrow period at the end of the band inside the band', () => {
		// 385–396 in a 396 px band: centred it would run 6.5 px past the end.
		const box = periodHitBox(385, 11, 396);
		expect(box.width).toBe(24);
		expect(385 + box.offset + box.width).toBe(396);
	});

	it('keeps a narrow period at the start of the band inside the band', () => {
		expect(periodHitBox(0, 5, 396)).toEqual({ offset: 0, width: 24 });
	});

	it('never makes a target wider than a band narrower than 24 px', () => {
		expect(periodHitBox(0, 5, 20)).toEqual({ offset: 0, width: 20 });
	});
});
