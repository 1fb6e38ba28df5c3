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

/**
 * One character folded by the rules above, each character of the result a letter, a digit or
 * (for anything else) a space; nothing when it is a mark. Folding is a matter of one character
 * at a time (NFKD decomposes, never composes), so a character's fold is worked out once with
 * these regular expressions and kept.
 */
function foldChar(ch: string): string {
	return ch
		.normalize('NFKD')
		.replace(ARABIC_MARKS, '')
		.replace(LATIN_MARKS, '')
		.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, digit)
		.replace(/[أإآٱىئیةؤکك]/g, (c) => FOLD[c] ?? c)
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, ' ');
}

/** Folds of the characters met so far, by code point (a few hundred in practice). */
const folds = new Map<number, string>();

/**
 * The text folded, in one pass: ASCII letters and digits read directly, any other character
 * through its kept fold; runs of spaces collapsed and none at either end. At 100,000 events the
 * chained regular expressions this replaces were most of the search index's build.
 */
export function normalizeText(text: string): string {
	let out = '';
	let space = false;
	const n = text.length;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) {
			const lower = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
			if ((lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39)) {
				if (space && out.length > 0) out += ' ';
				space = false;
				out += String.fromCharCode(lower);
			} else space = true;
			continue;
		}
		let cp = c;
		let width = 1;
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
			const d = text.charCodeAt(i + 1);
			if (d >= 0xdc00 && d <= 0xdfff) {
				cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
				width = 2;
			}
		}
		let fold = folds.get(cp);
		if (fold === undefined) folds.set(cp, (fold = foldChar(text.slice(i, i + width))));
		i += width - 1;
		for (let k = 0; k < fold.length; k++) {
			const ch = fold[k]!;
			if (ch === ' ') space = true;
			else {
				if (space && out.length > 0) out += ' ';
				space = false;
				out += ch;
			}
		}
	}
	return out;
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
