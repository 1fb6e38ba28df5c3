import { describe, expect, it } from 'vitest';
import { EventSetAssembler } from '$lib/load/messages';
import { readIndex } from '$lib/load/readIndex';
import { readInParts } from '$lib/load/readInParts';
import { compactIndex } from '$lib/model/compactIndex';
import { splitEventSet } from '$lib/model/splitEventSet';
import { syntheticEventSet } from '$lib/model/synthetic';

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

/** An index file as the build step writes it. */
const indexFile = (n: number, seed: number) =>
	compactIndex(splitEventSet(syntheticEventSet(n, seed)).index);

describe('readInParts', () => {
	it('hands over in chunks exactly what reading the whole index gives: the index itself', () => {
		const split = splitEventSet(syntheticEventSet(2_500, 3));
		const text = JSON.stringify(compactIndex(split.index));
		const { result, chunks } = received(text, 1_000);
		expect(chunks).toBe(3);
		expect(result).toEqual(readIndex(text));
		expect(result).toEqual({ ok: true, data: JSON.parse(JSON.stringify(split.index)) });
	});

	it('names a bad event by its place in the whole list, as reading the whole file does', () => {
		const file = indexFile(2_500, 3);
		(file.events[2_103] as { date: string }).date = '2022-13-01';
		const text = JSON.stringify(file);
		const whole = readIndex(text);
		expect(whole.ok).toBe(false);
		expect(received(text, 1_000).result).toEqual(whole);
	});

	it('refuses an event whose place is not in the places table, wherever it is', () => {
		const file = indexFile(2_500, 3);
		const at = file.events.findIndex((e, i) => i > 2_000 && e.place !== null);
		file.events[at]!.place = file.places.length;
		const text = JSON.stringify(file);
		const whole = readIndex(text);
		expect(whole).toEqual({
			ok: false,
			problem: 'broken',
			reason: `events.${at}.place: no such place`
		});
		expect(received(text, 1_000).result).toEqual(whole);
	});

	it('reports broken JSON and a file that is not an index', () => {
		expect(received('{"version": 1,', 10).result).toEqual(readIndex('{"version": 1,'));
		expect(received('[1, 2]', 10).result).toEqual(readIndex('[1, 2]'));
		const noWindow = JSON.stringify({ ...indexFile(3, 1), window: null });
		expect(received(noWindow, 10).result).toEqual(readIndex(noWindow));
		// events.json itself is not an index: its events carry their sentences.
		const full = JSON.stringify(syntheticEventSet(3, 1));
		expect(received(full, 10).result).toMatchObject({ ok: false, problem: 'broken' });
	});
});
