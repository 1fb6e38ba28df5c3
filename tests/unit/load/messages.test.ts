import { describe, expect, it } from 'vitest';
import { EventSetAssembler, toMessages } from '$lib/load/messages';
import { splitEventSet } from '$lib/model/splitEventSet';
import { syntheticEventSet } from '$lib/model/synthetic';

describe('the data worker’s messages', () => {
	it('carry an index in chunks that put it back together exactly', () => {
		const set = splitEventSet(syntheticEventSet(5_003, 7)).index;
		const messages = toMessages(set, 1_000);
		expect(messages.filter((m) => m.type === 'events')).toHaveLength(6);
		const assembler = new EventSetAssembler();
		const results = messages.map((m) => assembler.receive(m));
		expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
		expect(results.at(-1)).toEqual({ ok: true, data: set });
	});

	it('give a set without events as soon as its head arrives', () => {
		const set = splitEventSet(syntheticEventSet(0, 1)).index;
		const assembler = new EventSetAssembler();
		const [head] = toMessages(set);
		expect(assembler.receive(head!)).toEqual({ ok: true, data: set });
	});

	it('pass a problem straight through', () => {
		const problem = { ok: false as const, problem: 'missing' as const, reason: '404' };
		expect(new EventSetAssembler().receive({ type: 'problem', result: problem })).toBe(problem);
	});
});
