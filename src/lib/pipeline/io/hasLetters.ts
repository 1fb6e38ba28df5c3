/**
 * Whether a text holds anything to read: a file of NUL bytes, of Arabic diacritics alone, of
 * tatweel (ـ) alone or of invisible format characters decodes to a non-empty string but holds
 * no letter or digit.
 */
export function hasLetters(text: string): boolean {
	// Diacritics are marks (\p{M}), not letters; tatweel alone counts as a letter (Lm), so drop it.
	return /[\p{L}\p{N}]/u.test(text.replace(/\u0640/g, ''));
}
