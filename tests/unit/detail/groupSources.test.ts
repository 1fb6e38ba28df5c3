import { describe, expect, it } from 'vitest';
import { groupSourcesByArticle } from '$lib/detail/groupSourcesByArticle';
import { markQuotes } from '$lib/detail/markQuotes';
import type { Source } from '$lib/model/schema';

const TEXT = 'أولى. ثانية هنا. ثالثة.';
const at = (article: string, quote: string, text = TEXT): Source => {
	const start = text.indexOf(quote);
	return { article, start, end: start + quote.length, quote, claims: {} };
};

describe('sources grouped by article', () => {
	it('makes one group per article, in the order first cited, quotes in cited order', () => {
		const groups = groupSourcesByArticle([at('a', 'ثانية'), at('b', 'أولى'), at('a', 'أولى')]);
		expect(groups.map((g) => [g.article, g.sources.map((s) => s.quote)])).toEqual([
			['a', ['ثانية', 'أولى']],
			['b', ['أولى']]
		]);
	});

	it('cites a repeated sentence once', () => {
		const [group] = groupSourcesByArticle([at('a', 'أولى'), at('a', 'أولى')]);
		expect(group?.sources).toHaveLength(1);
	});
});

describe('all of an article’s quotes marked in its text', () => {
	it('marks each quote once, in text order, keeping every character', () => {
		const { parts } = markQuotes(TEXT, [at('a', 'ثالثة'), at('a', 'أولى')]);
		expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['أولى', 'ثالثة']);
		expect(parts.map((p) => p.text).join('')).toBe(TEXT);
	});

	it('merges overlapping quotes into one mark', () => {
		const { parts } = markQuotes(TEXT, [at('a', 'ثانية هنا'), at('a', 'هنا. ثالثة')]);
		expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['ثانية هنا. ثالثة']);
	});

	it.each([
		['moved', { article: 'a', start: 0, end: 4, quote: 'هنا.' }, { missing: 0, moved: 1 }],
		['missing', { article: 'a', start: 0, end: 3, quote: 'لا شيء' }, { missing: 1, moved: 0 }]
	])('counts a %s quote', (_, source, counts) => {
		const { missing, moved } = markQuotes(TEXT, [source]);
		expect({ missing, moved }).toEqual(counts);
	});
});
