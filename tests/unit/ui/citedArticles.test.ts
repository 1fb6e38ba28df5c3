import { describe, expect, it } from 'vitest';
import type { EventSet } from '$lib/model/schema';
import { syntheticEventSet } from '$lib/model/synthetic';
import { citedArticles } from '$lib/ui/citedArticles';

const set = syntheticEventSet(400, 5);

/** The same set, its article list counting how many of its entries are read. */
function counted(base: EventSet): { set: EventSet; reads: () => number } {
	let reads = 0;
	const articles = new Proxy(base.articles, {
		get(target, key, receiver) {
			if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
			return Reflect.get(target, key, receiver) as unknown;
		}
	});
	return { set: { ...base, articles }, reads: () => reads };
}

describe('citedArticles', () => {
	it('gives every event the articles its sources cite, in the set’s order, each once', () => {
		for (const event of set.events) {
			const ids = event.sources.map((s) => s.article);
			const expected = set.articles.filter((a) => ids.includes(a.id));
			expect(citedArticles(set, ids)).toEqual(expected);
		}
	});

	it('keeps the set’s order whatever order the ids come in, and drops repeats', () => {
		const [a, b, c] = set.articles;
		expect(citedArticles(set, [c!.id, a!.id, c!.id, b!.id])).toEqual([a, b, c]);
	});

	it('leaves out ids the set does not hold', () => {
		const [a] = set.articles;
		expect(citedArticles(set, ['not-an-article', a!.id])).toEqual([a]);
		expect(citedArticles(set, [])).toEqual([]);
	});

	it('reads the whole article list once, however many pages ask', () => {
		const { set: watched, reads } = counted(set);
		let returned = 0;
		for (const event of watched.events)
			returned += citedArticles(
				watched,
				event.sources.map((s) => s.article)
			).length;
		// Once to build the positions, then only the articles handed back.
		expect(reads()).toBeLessThanOrEqual(watched.articles.length + returned);
	});
});
