import { describe, expect, it } from 'vitest';
import { compactIndex, expandEvents } from '$lib/model/compactIndex';
import type { EventSetIndex } from '$lib/model/schema';
import { splitEventSet } from '$lib/model/splitEventSet';
import { syntheticEventSet } from '$lib/model/synthetic';
import { makeEvents } from '$lib/load/makeEvents';

const fileOf = (index: EventSetIndex) => compactIndex(index);

describe('makeEvents', () => {
	it('makes the events expandEvents makes, key for key and in the same key order, for a generated set', () => {
		const file = fileOf(splitEventSet(syntheticEventSet(3000, 5)).index);
		const made = makeEvents(file.events, file);
		const expanded = expandEvents(file.events, file);
		expect(made).toStrictEqual(expanded);
		expect(JSON.stringify(made)).toBe(JSON.stringify(expanded));
		// Every combination of an end and recorded attendance is in the set, so each branch ran.
		const kinds = new Set(made.map((e) => `${'end' in e} ${'participation' in e}`));
		expect(kinds.size).toBe(4);
	});

	it('makes a slice [from, to) and shares the tables’ objects', () => {
		const file = fileOf(splitEventSet(syntheticEventSet(500, 2)).index);
		const slice = makeEvents(file.events, file, 100, 150);
		expect(slice).toStrictEqual(expandEvents(file.events, file, 100, 150));
		expect(slice[0]!.title).toBe(file.titles[file.events.title[100]!]);
		expect(makeEvents(file.events, file, 10, 10)).toEqual([]);
	});
});
