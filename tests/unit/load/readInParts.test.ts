import { describe, expect, it } from 'vitest';
import { EventSetAssembler } from '$lib/load/messages';
import { readInParts } from '$lib/load/readInParts';
import { syntheticEventSet } from '$lib/model/synthetic';
import { readEventSet } from '$lib/ui/readEventSet';

/** What the page ends up with after receiving every message. */
function received(text: string, size: number) {
	const assembler = new EventSetAssembler();
	let result = null;
	let chunks = 0;
	for (const m of readInParts(text, size)) {
		if (m.type === 'events') chunks++;
		result = assembler.receive(m) ?? result;
	}
	return { result, chunks };
}

describe('readInParts', () => {
	it('hands over in chunks exactly what reading the whole file gives', () => {
		const text = JSON.stringify(syntheticEventSet(2_500, 3));
		const { result, chunks } = received(text, 1_000);
		expect(chunks).toBe(3);
		expect(result).toEqual(readEventSet(text));
	});

	it('names a bad event by its place in the whole list, as reading the whole file does', () => {
		const set = syntheticEventSet(2_500, 3);
		(set.events[2_103] as { date: string }).date = '2022-13-01';
		const text = JSON.stringify(set);
		const whole = readEventSet(text);
		expect(whole.ok).toBe(false);
		expect(received(text, 1_000).result).toEqual(whole);
	});

	it('reports broken JSON and a file that is not an event set', () => {
		expect(received('{"version": 1,', 10).result).toEqual(readEventSet('{"version": 1,'));
		expect(received('[1, 2]', 10).result).toEqual(readEventSet('[1, 2]'));
		const noWindow = JSON.stringify({ ...syntheticEventSet(3, 1), window: null });
		expect(received(noWindow, 10).result).toEqual(readEventSet(noWindow));
	});
});
