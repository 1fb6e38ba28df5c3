import { describe, expect, it } from 'vitest';
import { splitSentences } from '$lib/pipeline/text/splitSentences';
import { findBodyEnd } from '$lib/pipeline/text/findBodyEnd';

const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
	it.each([
		['one line', 'قمة في مينسك', ['قمة في مينسك']],
		['two sentences on a line', 'وصل بوتين. وبدأت القمة.', ['وصل بوتين.', 'وبدأت القمة.']],
		['Arabic question mark', 'من نظمهم؟ نحتاج إلى معرفة ذلك', ['من نظمهم؟', 'نحتاج إلى معرفة ذلك']],
		['a decimal is not an end', 'بلغت 2.5 مليار دولار.', ['بلغت 2.5 مليار دولار.']],
		['a pause of two dots is not an end', 'الصراع المثار.. هذا يؤكد', ['الصراع المثار.. هذا يؤكد']],
		[
			'closing quote stays with its sentence',
			'قال: "نحن لسنا محتلين." ثم غادر',
			['قال: "نحن لسنا محتلين."', 'ثم غادر']
		],
		['line breaks end sentences and blank lines vanish', 'أ\n\n  ب  \n', ['أ', 'ب']],
		['empty text', '', []]
	])('%s', (_, text, expected) => {
		expect(pieces(text)).toEqual(expected);
	});

	it('returns spans that are trimmed slices of the raw text', () => {
		const text = '  أول.   ثان؟\n ثالث ';
		for (const s of splitSentences(text)) {
			const piece = text.slice(s.start, s.end);
			expect(piece).toBe(piece.trim());
		}
	});

	it('cuts a sentence with no punctuation at all into readable pieces', () => {
		const text = 'كلمة '.repeat(2000);
		const spans = splitSentences(text);
		expect(spans.length).toBeGreaterThan(1);
		expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThan(1300);
	});
});

describe('findBodyEnd', () => {
	it.each([
		[
			'a "read also" line glued to a headline',
			'نص المقال.\nاقرأ أيضاًالجارديان: بوتين يتهم واشنطن\nعنوان آخر',
			'نص المقال.\n'
		],
		['a "see also" heading', 'نص.\n    انظر أيضا:\n    عنوان', 'نص.\n'],
		['keywords', 'نص.\nكلمات دلالية: الكرملين', 'نص.\n'],
		['a closing source line late in the text', 'أ\nب\nج\nالمصدر: RT\nموافق', 'أ\nب\nج\n']
	])('ends the body before %s', (_, text, body) => {
		expect(text.slice(0, findBodyEnd(text))).toBe(body);
	});

	it('keeps the whole text when there is no furniture', () => {
		const text = 'قمة.\nاجتماع.';
		expect(findBodyEnd(text)).toBe(text.length);
	});

	it('does not end the body at a source credit in the first line', () => {
		const text = 'المصدر: تاس\nوصل بوتين إلى مينسك.\nبدأت القمة.';
		expect(findBodyEnd(text)).toBe(text.length);
	});
});
