import { describe, expect, it } from 'vitest';
import { keyedCache } from '$lib/state/keyedCache';

describe('keyedCache', () => {
	it('makes a value once per key while the key is kept', () => {
		const cache = keyedCache<string[]>(3);
		let made = 0;
		const make = () => (made++, []);
		const first = cache.get('KAZ 63', make);
		expect(cache.get('KAZ 63', make)).toBe(first);
		cache.get(' 62', make);
		expect(cache.get('KAZ 63', make)).toBe(first);
		expect(made).toBe(2);
	});

	it('drops the least recently used key beyond its limit, not the one just read', () => {
		const cache = keyedCache<number>(2);
		const made: string[] = [];
		const get = (key: string) => cache.get(key, () => (made.push(key), made.length));
		get('a');
		get('b');
		get('a'); // a is now the most recent
		get('c'); // drops b
		expect(cache.size).toBe(2);
		get('a');
		get('b');
		expect(made).toEqual(['a', 'b', 'c', 'b']);
	});
});
