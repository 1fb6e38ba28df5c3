import { describe, expect, it } from 'vitest';
import { ALL_LANES, laneMask } from '$lib/state/filterPositions';
import { filterKey, oneClickFilters } from '$lib/state/oneClickFilters';

describe('oneClickFilters', () => {
	it('lists each type toggled off alone first, then each member alone', () => {
		expect(oneClickFilters(['ARM', 'KAZ'])).toEqual([
			{ country: null, mask: laneMask(['clash', 'deployment']) },
			{ country: null, mask: laneMask(['summit', 'deployment']) },
			{ country: null, mask: laneMask(['summit', 'clash']) },
			{ country: 'ARM', mask: ALL_LANES },
			{ country: 'KAZ', mask: ALL_LANES }
		]);
	});

	it('keys a filter as the explorer keys its index: no country and a country differ', () => {
		expect(filterKey({ country: null, mask: 3 })).toBe(' 3');
		expect(filterKey({ country: 'ARM', mask: 3 })).toBe('ARM 3');
		expect(new Set(oneClickFilters(['ARM', 'KAZ']).map(filterKey)).size).toBe(5);
	});
});
