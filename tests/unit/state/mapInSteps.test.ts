import { describe, expect, it } from 'vitest';
import { mapInSteps } from '$lib/state/mapInSteps';

const items = [
	{ id: 'a', n: 1 },
	{ id: 'b', n: 2 },
	{ id: 'a', n: 3 },
	{ id: '', n: 4 },
	{ id: 'c', n: 5 }
];

describe('mapInSteps', () => {
	it('adds a slice per step and says when every item is in', () => {
		const m = mapInSteps(items, (x) => x.id);
		expect(m.step(2)).toBe(false);
		expect(m.done).toBe(false);
		expect(m.step(2)).toBe(false);
		expect(m.step(2)).toBe(true);
		expect(m.done).toBe(true);
	});

	it('gives the whole map at a first lookup, as new Map would, the last of a repeated key winning', () => {
		const m = mapInSteps(items, (x) => x.id);
		m.step(1);
		expect([...m.map]).toEqual([...new Map(items.map((x) => [x.id, x]))]);
		expect(m.map.get('a')?.n).toBe(3);
		expect(m.done).toBe(true);
	});

	it('is empty and done for no items', () => {
		const m = mapInSteps([], (x: { id: string }) => x.id);
		expect(m.step(10)).toBe(true);
		expect(m.map.size).toBe(0);
	});
});
