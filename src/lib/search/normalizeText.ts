/**
 * Folds text for matching, in either language: Arabic diacritics and tatweel dropped, the alef,
 * ya and ta marbuta forms merged, Arabic-Indic and Persian digits read as Western ones, Latin
 * lower-cased without accents, and runs of anything else collapsed to one space.
 */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const LATIN_MARKS = /\p{M}/gu;
const FOLD: Record<string, string> = {
	أ: 'ا',
	إ: 'ا',
	آ: 'ا',
	ٱ: 'ا',
	ى: 'ي',
	ئ: 'ي',
	ی: 'ي',
	ة: 'ه',
	ؤ: 'و',
	ک: 'ك'
};

function digit(ch: string): string {
	const c = ch.charCodeAt(0);
	if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
	if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
	return ch;
}

export function normalizeText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(ARABIC_MARKS, '')
		.replace(LATIN_MARKS, '')
		.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, digit)
		.replace(/[أإآٱىئیةؤکك]/g, (ch) => FOLD[ch] ?? ch)
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * The consonant skeleton of folded text: long vowels (ا و ي) inside a word dropped, so spellings
 * that differ only in them ("قرغيزستان", "قيرغيزستان") meet. Latin words are kept as they are.
 */
export function skeleton(normalized: string): string {
	return normalized
		.split(' ')
		.map((w) => (/[\u0600-\u06ff]/.test(w) ? w[0] + w.slice(1).replace(/[اوي]/g, '') : w))
		.join(' ');
}
