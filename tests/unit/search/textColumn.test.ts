import { describe, expect, it } from 'vitest';
import { eachTextContaining, textColumn } from '$lib/search/textColumn';

const found = (texts: string[], word: string) => {
	const out: number[] = [];
	eachTextContaining(textColumn(texts), word, (i) => out.push(i));
	return out;
};

describe('eachTextContaining', () => {
	it.each([
		// texts, word, positions of the texts that contain it
		[['ab', 'cab', 'b'], 'ab', [0, 1]],
		[['ab', 'cab', 'b'], 'b', [0, 1, 2]],
		[['abab abab', 'x', 'ab'], 'ab', [0, 2]],
		[['', 'a', ''], 'a', [1]],
		[['', '', 'z'], 'z', [2]],
		[['abc'], 'abcd', []],
		[[], 'a', []]
	])('finds in %j the word %j in texts %j, each once', (texts, word, expected) => {
		expect(found(texts, word)).toEqual(expected);
	});

	it('never matches across the end of one text and the start of the next', () => {
		expect(found(['xa', 'bx'], 'ab')).toEqual([]);
		expect(found(['xa', 'bx'], 'a\nb')).toEqual([]);
	});

	it('matches nothing for an empty word', () => {
		expect(found(['a', 'b'], '')).toEqual([]);
	});
});
