import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '$lib/pipeline/text/isWhiteSpace';

describe('isWhiteSpace', () => {
	it('answers exactly what /\\s/ answers for every UTF-16 code unit', () => {
		const disagree: string[] = [];
		for (let c = 0; c < 0x10000; c++)
			if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c.toString(16));
		expect(disagree).toEqual([]);
	});

	it.each([
		['a no-break space', 0xa0, true],
		['a narrow no-break space', 0x202f, true],
		['a byte order mark', 0xfeff, true],
		['a zero-width space, which \\s does not match', 0x200b, false],
		['an Arabic letter', 0x0627, false],
		['past the string (NaN)', NaN, false]
	])('%s (%s) → %s', (_name, code, expected) => {
		expect(isWhiteSpace(code)).toBe(expected);
	});
});
