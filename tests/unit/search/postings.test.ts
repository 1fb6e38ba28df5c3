import { describe, expect, it } from 'vitest';
import { buildPostings, eventsWith } from '$lib/search/postings';

describe('buildPostings', () => {
	it.each([
		// each event's words, vocabulary size, each word's events
		[[[0, 1], [1], [2, 0]], 3, [[0, 2], [0, 1], [2]]],
		[[[], [0], []], 2, [[1], []]],
		[[], 1, [[]]],
		[[[3]], 4, [[], [], [], [0]]]
	])('from %j (%i words) lists each word’s events as %j', (wordsOf, size, expected) => {
		const p = buildPostings(wordsOf, size);
		expect(Array.from({ length: size }, (_, w) => [...eventsWith(p, w)])).toEqual(expected);
	});
});
