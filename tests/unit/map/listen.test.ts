import { describe, expect, it } from 'vitest';
import { listen, type Listenable } from '$lib/map/listen';

/** A stand-in for a MapLibre map that keeps its listeners by event type. */
function fakeMap() {
	const listeners = new Map<string, Set<unknown>>();
	const map = {
		on(type: string, fn: unknown) {
			if (!listeners.has(type)) listeners.set(type, new Set());
			listeners.get(type)!.add(fn);
			return map;
		},
		off(type: string, fn: unknown) {
			listeners.get(type)?.delete(fn);
			return map;
		}
	};
	const count = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
	return { map: map as unknown as Listenable, listeners, count };
}

describe('listen', () => {
	it('adds every handler given, each under its event type', () => {
		const { map, listeners } = fakeMap();
		const click = () => {};
		const render = () => {};
		listen(map, { click, render });
		expect([...(listeners.get('click') ?? [])]).toEqual([click]);
		expect([...(listeners.get('render') ?? [])]).toEqual([render]);
	});

	it('takes exactly its own handlers off again, leaving others on the map', () => {
		const { map, count, listeners } = fakeMap();
		const theirs = () => {};
		map.on('click', theirs);
		const off = listen(map, { click: () => {}, mousemove: () => {}, mouseout: () => {} });
		expect(count()).toBe(4);
		off();
		expect(count()).toBe(1);
		expect([...(listeners.get('click') ?? [])]).toEqual([theirs]);
	});

	it('skips a handler left undefined', () => {
		const { map, count } = fakeMap();
		listen(map, { click: undefined, render: () => {} })();
		expect(count()).toBe(0);
	});
});
