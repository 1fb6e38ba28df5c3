/**
 * Bytes of an article file to text. UTF-8 is the contract; Arabic pages saved from older sites are
 * often Windows-1256, some arrive as UTF-16 or HTML: all are recovered with a warning rather than
 * lost. The encoding is chosen on the whole file's evidence, so one stray byte in a long UTF-8
 * article costs that byte (U+FFFD, its offset reported), not the whole text.
 */
import { isUtf8 } from 'node:buffer';
import { hasLetters } from './hasLetters';
import { htmlToText } from './htmlToText';
import { looksLikeUtf16 } from './looksLikeUtf16';
import { neutraliseBidi } from './neutraliseBidi';
import { scanUtf8 } from './scanUtf8';

export interface Decoded {
	text: string;
	/** What was done to get text, each a warning to report; empty for clean UTF-8. */
	notes: string[];
	/** True when there is nothing usable in the file. */
	empty: boolean;
	/** Why the file is unusable, when it is not plain emptiness. */
	emptyWhy?: string;
	/** UTF-16 offsets in `text` of each bidi control replaced by U+FFFD. */
	bidiAt?: number[];
	/**
	 * The bytes, when they are exactly `text` in UTF-8 (clean UTF-8 without a byte order mark,
	 * nothing replaced): the writer ships them as they are instead of encoding the text again.
	 */
	utf8?: Uint8Array;
}

const cp1256 = new TextDecoder('windows-1256');
const OFFSETS_SHOWN = 10;

/** An HTML document rather than text: a doctype, an <html> element, or markup dominating the start. */
export function looksLikeHtml(text: string): boolean {
	// Every test below needs a "<": most articles have none, and are done with in one scan.
	const lt = text.indexOf('<');
	if (lt === -1 || lt >= 2000) return false;
	const head = text.slice(0, 2000).trimStart().toLowerCase();
	if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
	const tags = head.match(/<\/?(p|div|span|a|body|head|meta|br|h[1-6]|article|script)\b[^>]*>/g);
	return (tags?.length ?? 0) >= 5;
}

/** Half a surrogate pair cannot be written as UTF-8: U+FFFD, as the shipped file will hold. */
function wellFormed(text: string): string {
	// The engine's own scan (ES2024): a regular expression over every article cost more.
	return text.isWellFormed() ? text : text.toWellFormed();
}

function decodeBytes(bytes: Uint8Array, notes: string[]): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		notes.push('file is UTF-16 (little-endian); read it as such. Save articles as UTF-8.');
		return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		notes.push('file is UTF-16 (big-endian); read it as such. Save articles as UTF-8.');
		return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	}
	const body =
		bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	// First: Arabic in UTF-16LE is all bytes below 0x80 (0x27 0x06 for ا), so it passes as UTF-8.
	const utf16 = looksLikeUtf16(body);
	if (utf16) {
		notes.push(
			`file is ${utf16 === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)'} without a byte order mark; read it as such. Save articles as UTF-8.`
		);
		return new TextDecoder(utf16).decode(body);
	}
	// Clean UTF-8, as nearly every article is: checked by one native scan, then decoded without
	// the strict decoder's own checks. The decoder drops a byte order mark; so is a second one.
	if (isUtf8(body)) {
		const from = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
		return Buffer.from(body.buffer, body.byteOffset + from, body.byteLength - from).toString(
			'utf8'
		);
	}
	// Not clean UTF-8: weigh the evidence below.
	const { multiByte, bad } = scanUtf8(body);
	// Mostly well-formed UTF-8 with a few broken sequences: a damaged UTF-8 file, not another code page.
	if (multiByte >= 20 * bad.length) {
		const shown = bad.slice(0, OFFSETS_SHOWN).join(', ');
		const more = bad.length > OFFSETS_SHOWN ? ` and ${bad.length - OFFSETS_SHOWN} more` : '';
		notes.push(
			`file is UTF-8 but for ${bad.length} invalid byte sequence${bad.length === 1 ? '' : 's'} (at byte offset${bad.length === 1 ? '' : 's'} ${shown}${more}); replaced each with U+FFFD. Fix those bytes and re-save the file as UTF-8.`
		);
		return new TextDecoder('utf-8').decode(body);
	}
	notes.push(
		'file is not valid UTF-8; decoded it as Windows-1256 (Arabic). Check the text, then re-save the file as UTF-8.'
	);
	return cp1256.decode(body);
}

export function decodeArticle(bytes: Uint8Array): Decoded {
	const notes: string[] = [];
	let text = decodeBytes(bytes, notes);
	// Clean UTF-8 read whole: the text is these bytes unless a step below changes it.
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const asRead = notes.length === 0 && !bom ? text : null;
	if (looksLikeHtml(text)) {
		text = htmlToText(text);
		notes.push(
			'file holds HTML, not plain text; kept the main text of the page. Save the article text alone.'
		);
	}
	text = wellFormed(text);
	const bidi = neutraliseBidi(text);
	text = bidi.text;
	if (text.trim().length === 0) return { text, notes, empty: true };
	if (!hasLetters(text))
		return {
			text,
			notes,
			empty: true,
			emptyWhy:
				'file holds no letters or digits (only NUL bytes, diacritics, tatweel or invisible characters)'
		};
	if (bidi.at.length > 0) return { text, notes, empty: false, bidiAt: bidi.at };
	return text === asRead
		? { text, notes, empty: false, utf8: bytes }
		: { text, notes, empty: false };
}
