import { describe, expect, it } from 'vitest';
import { fold, normalize, toRawSpan } from '$lib/pipeline/text/normalize';

describe('normalize', () => {
	it.each([
		['أرمينيا', 'ارمينيا'],
		['إيمومالي', 'ايمومالي'],
		['آسيا الوسطى', 'اسيا الوسطي'],
		['منظمة', 'منظمه'],
		['مُنَظَّمَةُ', 'منظمه'],
		['الـــقــمــة', 'القمه'],
		['٢٣ نوفمبر ٢٠٢٣', '23 نوفمبر 2023'],
		['۲۰۲۱', '2021'],
		['الجماعی', 'الجماعي'],
		['GMT28', 'gmt28'],
		['\u200fمينسك\u200e', 'مينسك'],
		['ﻻ', 'لا']
	])('folds %s to %s', (raw, expected) => {
		expect(normalize(raw).text).toBe(expected);
		expect(fold(raw)).toBe(expected);
	});

	it('maps a normalised span back to the raw characters, diacritics included inside', () => {
		const raw = 'وصل إلى مِينْسك اليوم';
		const norm = normalize(raw);
		const at = norm.text.indexOf('مينسك');
		const span = toRawSpan(norm, at, at + 'مينسك'.length);
		expect(raw.slice(span.start, span.end)).toBe('مِينْسك');
	});

	it('keeps one index per normalised character and ends at the raw length', () => {
		const raw = 'ﻻ أحد ـ ٣';
		const norm = normalize(raw);
		expect(norm.rawIndex.length).toBe(norm.text.length + 1);
		expect(norm.rawIndex[norm.text.length]).toBe(raw.length);
		for (let i = 1; i < norm.text.length; i++)
			expect(norm.rawIndex[i]!).toBeGreaterThanOrEqual(norm.rawIndex[i - 1]!);
	});
});

describe('normalize with ligatures', () => {
	it('unpacks "ﷺ" (18 letters and spaces) however short the text, keeping an index per unit', () => {
		for (const raw of ['ﷺ', 'ﷺﷺﷺ', 'قال ﷺ', 'ﷺ'.repeat(50) + ' نص']) {
			const { text, rawIndex } = normalize(raw);
			expect(text).toBe(raw.replaceAll('ﷺ', 'صلي الله عليه وسلم'));
			expect(rawIndex.length).toBe(text.length + 1);
			expect(rawIndex.at(-1)).toBe(raw.length);
		}
	});

	it('gives each text the same result whatever was normalised before it, long or short', () => {
		// The work buffers are reused between calls: a longer text before must leave nothing behind.
		const texts = [
			'قمة '.repeat(3000),
			'ﷺ',
			'أ',
			'القمة في موسكو',
			'ﷺ '.repeat(2000),
			'ب'.repeat((1 << 20) + 5),
			'إجتماع'
		];
		const alone = texts.map((t) => normalize(t));
		for (const order of [texts, [...texts].reverse()])
			for (const t of order) {
				const again = normalize(t);
				const first = alone[texts.indexOf(t)]!;
				expect(again.text).toBe(first.text);
				expect(again.rawIndex.length).toBe(first.rawIndex.length);
				expect(again.rawIndex.every((v, i) => v === first.rawIndex[i])).toBe(true);
			}
	});
});

describe('fold', () => {
	it('folds every UTF-16 unit as normalize does, one at a time and all in one long string', () => {
		// Lone surrogates are left out: articles are made well-formed when read (decodeArticle).
		const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter(
			(ch) => !/[\ud800-\udfff]/.test(ch)
		);
		const differ = all.filter((ch) => fold(`ب${ch}ت`) !== normalize(`ب${ch}ت`).text);
		expect(differ.map((ch) => ch.charCodeAt(0).toString(16))).toEqual([
			// NUL is dropped by normalize (its table uses 0 for "drop") but kept by fold.
			'0'
		]);
		const long = all.slice(0x600, 0x700).join('').repeat(100);
		expect(fold(long)).toBe(normalize(long).text);
		// Presentation forms in a row, each unpacking to several letters.
		const ligatures = all.slice(0xfdf0, 0xfdfd).join('').repeat(3);
		expect(fold(ligatures)).toBe(normalize(ligatures).text);
	});

	it.each([
		['nothing to fold: the same string back', 'قمة', 'قمه'],
		['alef forms, diacritics and tatweel', 'أَرْمِـينِيا', 'ارمينيا'],
		['a ligature that unpacks to several letters', 'ﷲ أكبر', 'الله اكبر'],
		['Arabic-Indic digits', '٢٠٢٣', '2023'],
		['the empty string', '', '']
	])('%s', (_name, input, expected) => {
		expect(fold(input)).toBe(expected);
	});
});
