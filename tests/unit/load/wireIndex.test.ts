/**
 * The index as the data worker hands it over (typed arrays transferred, ids in one string) and as
 * the page makes its events from it, a slice per task, is the index the file holds, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkIndexFile } from '$lib/load/checkIndexFile';
import { expandInSlices } from '$lib/load/expandInSlices';
import { fromWire, fromWireInSlices, indexFromWire, toWire } from '$lib/load/wireIndex';
import { compactIndex, expandIndex } from '$lib/model/compactIndex';
import { packArticles, unpackArticles } from '$lib/load/packArticles';
import type { Article, IndexFile } from '$lib/model/schema';
import { splitEventSet } from '$lib/model/splitEventSet';
import { syntheticEventSet } from '$lib/model/synthetic';

const fileOf = (n: number, seed: number) =>
	JSON.parse(
		JSON.stringify(compactIndex(splitEventSet(syntheticEventSet(n, seed)).index))
	) as IndexFile;

/** What the page receives: the message cloned as postMessage clones it, its buffers moved. */
async function received(file: IndexFile, slice: number) {
	const { message, transfer } = toWire(file);
	const got = structuredClone(message, { transfer });
	let pauses = 0;
	// The ids read a slice at a time, as the page reads them.
	const { columns, readTo } = fromWireInSlices(got.columns);
	const events = await expandInSlices(
		columns,
		got.tables,
		slice,
		async () => {
			pauses++;
		},
		readTo
	);
	return {
		data: indexFromWire(got, events),
		pauses,
		detached: transfer.every((b) => b.byteLength === 0)
	};
}

describe('the index over the wire', () => {
	it('gives the page exactly the index the file holds, a slice at a time', async () => {
		const file = fileOf(2_500, 3);
		expect(checkIndexFile(file).ok).toBe(true);
		const { data, pauses, detached } = await received(file, 1_000);
		expect(data).toStrictEqual(expandIndex(file));
		// Three slices, two pauses between them; the worker's buffers moved, not copied.
		expect(pauses).toBe(2);
		expect(detached).toBe(true);
	});

	it('carries a set without events', async () => {
		const file = fileOf(0, 1);
		const { data, pauses } = await received(file, 1_000);
		expect(data).toStrictEqual(expandIndex(file));
		expect(data.events).toEqual([]);
		expect(pauses).toBe(0);
	});

	it('carries one event, and keeps the file’s own columns for the worker', async () => {
		const file = fileOf(1, 8);
		const before = JSON.stringify(file);
		const { data } = await received(file, 1_000);
		expect(data).toStrictEqual(expandIndex(file));
		expect(JSON.stringify(file)).toBe(before);
	});
});

describe('packArticles', () => {
	const article = (id: string, over: Partial<Article> = {}): Article => ({
		id,
		file: `${id}.txt`,
		title: 'عنوان',
		outlet: 'Wire',
		url: 'https://example.org/a?b=c',
		published: '2022-01-02',
		publishedFrom: 'metadata',
		length: 10,
		...over
	});
	const ARTICLES: Article[] = [
		article('a', { title: null, outlet: null, url: null, published: null, publishedFrom: null }),
		article('b', { title: '', outlet: '', length: 0 }),
		article('c', { title: '\u0000\n😀 قمة "x"', length: 2 ** 40 }),
		article('d')
	];

	it('gives back articles with nulls, empty and odd strings, across threads', () => {
		const packed = packArticles(ARTICLES);
		expect(unpackArticles(structuredClone(packed))).toStrictEqual(ARTICLES);
		expect(unpackArticles(packArticles([]))).toEqual([]);
	});

	it('carries no article: the articles are a list of their own, read at their first need', async () => {
		const file = fileOf(50, 2);
		expect(file).not.toHaveProperty('articles');
		const { message } = toWire(file);
		expect(JSON.stringify(message)).not.toContain('"outlet"');
		const { data } = await received(file, 1_000);
		expect(data).not.toHaveProperty('articles');
	});

	it.each([
		['no ids', []],
		['one id', ['2022-01-01-clash-a']],
		['ids of one character and long ones', ['a', 'b', `2023-11-23-summit-${'x'.repeat(500)}`]],
		['ids that repeat', ['2022-summit-a', '2022-summit-a', '2022-summit-a-2']]
	])('reads %s back a slice at a time, whatever the slices', (_, ids) => {
		const wire = {
			...toWire(fileOf(0, 1)).message.columns,
			ids: ids.join('\n'),
			count: ids.length
		};
		for (const steps of [[ids.length], [1, 2, 3, ids.length], [0, ids.length + 5]]) {
			const { columns, readTo } = fromWireInSlices(wire);
			for (const k of steps) readTo(k);
			expect(Array.from(columns.id)).toEqual(ids);
		}
		expect(Array.from(fromWire(wire).id)).toEqual(ids);
	});

	it('reads no id before it is asked for', () => {
		const wire = { ...toWire(fileOf(0, 1)).message.columns, ids: 'a\nb\nc', count: 3 };
		const { columns, readTo } = fromWireInSlices(wire);
		readTo(2);
		expect(columns.id[1]).toBe('b');
		expect(columns.id[2]).toBeUndefined();
	});
});
