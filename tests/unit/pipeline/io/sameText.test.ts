import { describe, expect, it } from 'vitest';
import { collapsedHash, sameText } from '../../../../src/lib/pipeline/io/sameText';

const collapse = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('collapsedHash', () => {
	it.each([
		['line breaks instead of spaces', 'عقدت القمة في موسكو', 'عقدت\nالقمة\r\n\tفي موسكو'],
		['runs of spaces and a no-break space', 'قمة  يريفان', 'قمة\u00a0\u2003يريفان'],
		['leading and trailing white space', '  قمة مينسك\n\n', 'قمة مينسك'],
		['a byte order mark and a narrow no-break space', '\ufeffقمة\u202fمينسك', 'قمة مينسك']
	])('gives texts that differ only in white space (%s) the same hash', (_, a, b) => {
		expect(collapse(a)).toBe(collapse(b));
		expect(collapsedHash(a)).toBe(collapsedHash(b));
		expect(sameText(a, b)).toBe(true);
	});

	it.each([
		['one letter changed', 'قمة مينسك', 'قمة منسك'],
		['a space removed between words', 'قمة مينسك', 'قمةمينسك'],
		['a zero-width non-joiner, which is not white space', 'قمة مينسك', 'قمة\u200cمينسك'],
		['words swapped', 'موسكو يريفان', 'يريفان موسكو']
	])('tells texts apart when they differ in more than white space (%s)', (_, a, b) => {
		expect(collapsedHash(a)).not.toBe(collapsedHash(b));
		expect(sameText(a, b)).toBe(false);
	});

	it('matches the white space of JavaScript regular expressions on every character', () => {
		// Every UTF-16 code unit: collapsed by the hash exactly when /\s/ matches it.
		const disagree: string[] = [];
		const space = collapsedHash('a b');
		for (let c = 0; c < 0x10000; c++) {
			const ch = String.fromCharCode(c);
			if ((collapsedHash(`a${ch}b`) === space) !== /\s/.test(ch)) disagree.push(c.toString(16));
		}
		expect(disagree).toEqual([]);
	});
});
