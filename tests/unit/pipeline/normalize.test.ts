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
