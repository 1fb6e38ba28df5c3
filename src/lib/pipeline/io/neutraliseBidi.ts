/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) reorder what
 * follows them on screen: "\u202Esretue R" displays as "R euters". Articles and metadata have no
 * business with them, so each becomes U+FFFD — one UTF-16 unit for one, so quote offsets hold —
 * and its position is reported. The marks U+200E/U+200F and U+061C only set a direction and stay.
 */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

export function neutraliseBidi(text: string): { text: string; at: number[] } {
	const at: number[] = [];
	const out = text.replace(BIDI, (_, offset: number) => {
		at.push(offset);
		return '\uFFFD';
	});
	return { text: out, at };
}
