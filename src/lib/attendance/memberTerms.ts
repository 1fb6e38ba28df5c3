import type { MemberCode } from '$lib/model/members';

/**
 * How Arabic news names each member in a sentence: the country (its noun and adjective share a
 * stem) and its leaders of 2021–2023, in spellings the corpus uses. Each is the start of a word, compared after folding and
 * after a clitic or article (و، ب، ل، ف، ال) is taken off the word.
 */
export const MEMBER_TERMS: Record<MemberCode, readonly string[]> = {
	ARM: ['أرمين', 'باشينيا', 'يريفان'],
	BLR: ['بيلاروس', 'لوكاشينكو'],
	KAZ: ['كازاخ', 'توكاييف', 'توكايف'],
	KGZ: ['قيرغيز', 'قرغيز', 'جاباروف'],
	RUS: ['روسي', 'بوتين', 'بوتن', 'كرملين', 'كريملن'],
	TJK: ['طاجيك', 'رحمون']
};
