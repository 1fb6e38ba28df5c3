import { describe, expect, it } from 'vitest';
import { highlightQuote } from '$lib/detail/highlightQuote';
import { participationRows } from '$lib/detail/participationRows';
import { articleTextPath } from '$lib/detail/articleTextPath';

describe('participationRows', () => {
	it('lists the six members in order with Armenia emphasised', () => {
		const rows = participationRows({
			ARM: 'absent',
			RUS: 'present',
			KAZ: 'video'
		});
		expect(rows.map((r) => r.code)).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
		expect(rows.map((r) => r.attendance)).toEqual([
			'absent',
			'unknown',
			'video',
			'unknown',
			'present',
			'unknown'
		]);
		expect(rows.filter((r) => r.emphasised).map((r) => r.code)).toEqual(['ARM']);
	});

	it.each([
		['no participation at all', undefined],
		['an empty record', {}],
		['a record with only a non-member', { AZE: 'present' as const }]
	])('marks every member unknown for %s', (_name, participation) => {
		expect(participationRows(participation).every((r) => r.attendance === 'unknown')).toBe(true);
	});
});

describe('highlightQuote', () => {
	const text = 'قال الأمين العام إن المنظمة تتابع الوضع. وأضاف أن الوزراء سيجتمعون.';
	const quote = 'وأضاف أن الوزراء سيجتمعون.';
	const start = text.indexOf(quote);

	it('splits the text at the source offsets', () => {
		expect(highlightQuote(text, { start, end: start + quote.length, quote })).toEqual({
			before: text.slice(0, start),
			quote,
			after: '',
			moved: false
		});
	});

	it('finds the quote when the offsets no longer point at it', () => {
		const result = highlightQuote(text, { start: 0, end: quote.length, quote });
		expect(result?.before).toBe(text.slice(0, start));
		expect(result?.moved).toBe(true);
	});

	it.each([
		['a quote that is not in the text', { start: 0, end: 5, quote: 'غائب' }],
		['offsets past the end and a missing quote', { start: 900, end: 905, quote: 'xxxxx' }]
	])('returns null for %s', (_name, source) => {
		expect(highlightQuote(text, source)).toBeNull();
	});

	it('counts offsets in JS string units, so a character outside the BMP shifts by two', () => {
		const emoji = '😀 ' + text;
		const s = emoji.indexOf(quote);
		expect(s).toBe(start + 3);
		expect(highlightQuote(emoji, { start: s, end: s + quote.length, quote })?.moved).toBe(false);
	});
});

describe('articleTextPath', () => {
	it.each([
		['000_c83bbf3edd4278c7', '/data/articles/000_c83bbf3edd4278c7.txt'],
		['../secret', '/data/articles/..%2Fsecret.txt'],
		['a b?c#d', '/data/articles/a%20b%3Fc%23d.txt']
	])('puts article %s at %s', (id, path) => {
		expect(articleTextPath(id)).toBe(path);
	});
});
