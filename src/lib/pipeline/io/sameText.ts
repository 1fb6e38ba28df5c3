/**
 * Whether two articles hold the same text but for white space (a copy re-saved with other line
 * breaks). A 64-bit hash of the text with each run of white space read as one space finds the
 * candidates without building the collapsed text of every article (a regex over the whole corpus
 * was a tenth of reading it); a hash match is confirmed on the texts themselves.
 */

/** What `\s` matches in JavaScript. */
const SPACE = new Uint8Array(0x10000);
for (const c of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff')
	SPACE[c.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200a; c++) SPACE[c] = 1;

/** Two independent 32-bit FNV-1a-style hashes of the text, white space collapsed and trimmed. */
export function collapsedHash(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193;
	let pendingSpace = false;
	let started = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (SPACE[c] === 1) {
			pendingSpace = started;
			continue;
		}
		if (pendingSpace) {
			a = Math.imul(a ^ 32, 0x01000193);
			b = Math.imul(b ^ 32, 0x5bd1e995) ^ (b >>> 13);
			pendingSpace = false;
		}
		started = true;
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
	}
	return (a >>> 0).toString(36) + ':' + (b >>> 0).toString(36);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Same text once white space is collapsed: the exact test behind a hash match. */
export function sameText(a: string, b: string): boolean {
	return a === b || collapse(a) === collapse(b);
}
