import { describe, expect, it } from 'vitest';
import type { EventSet } from '$lib/model/schema';
import { syntheticEventSet } from '$lib/model/synthetic';
import { eventById } from '$lib/ui/eventById';

const set = syntheticEventSet(300, 8);

describe('eventById', () => {
	it('finds every event of the set by its id, and nothing for an unknown id', () => {
		for (const event of set.events) expect(eventById(set, event.id)).toBe(event);
		expect(eventById(set, 'not-an-event')).toBeUndefined();
	});

	it('reads the event list once however many pages ask, not once per page', () => {
		let reads = 0;
		const events = new Proxy(set.events, {
			get(target, key, receiver) {
				if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
				return Reflect.get(target, key, receiver) as unknown;
			}
		});
		const watched: EventSet = { ...set, events };
		for (const event of set.events) eventById(watched, event.id);
		expect(reads).toBeLessThanOrEqual(set.events.length);
	});

	it('answers for a set read afresh (a dev server’s rebuild), not from the last one', () => {
		const next = syntheticEventSet(3, 9);
		expect(eventById(next, next.events[0]!.id)).toBe(next.events[0]);
		expect(eventById(next, set.events[0]!.id)).toBeUndefined();
	});
});
