import { describe, expect, it } from 'vitest';
import { armeniaPaint } from '$lib/map/armeniaPaint';
import { countryFill } from '$lib/map/countryFill';
import { STATUSES } from '$lib/model/schema';

describe('armeniaPaint', () => {
	it.each(STATUSES)('colours the fill and the edge alike and hides the hatching when %s', (s) => {
		expect(armeniaPaint(s)).toEqual({
			fill: countryFill(s),
			edge: countryFill(s),
			noReport: 'none'
		});
	});

	it('hatches Armenia while no source reports its status', () => {
		expect(armeniaPaint(null).noReport).toBe('visible');
		expect(armeniaPaint(null).fill).toEqual(countryFill(null));
	});
});
