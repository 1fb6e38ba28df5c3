/**
 * Bytes of an article file to text. UTF-8 is the contract; Arabic pages saved from older sites are
 * often Windows-1256, and some arrive as HTML: both are recovered with a warning rather than lost.
 */
export interface Decoded {
	text: string;
	/** What was done to get text, each a warning to report; empty for clean UTF-8. */
	notes: string[];
	/** True when there is nothing usable in the file. */
	empty: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1256 = new TextDecoder('windows-1256');

function stripHtml(html: string): string {
	return html
		.replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(
			/<\/(p|div|h[1-6]|li|tr|article|section|header|footer|blockquote)\s*>|<br\s*\/?>/gi,
			'\n'
		)
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&amp;/g, '&')
		.replace(/[ \t]+/g, ' ')
		.replace(/ *\n[ \n]*/g, '\n')
		.trim();
}

/** An HTML document rather than text: a doctype, an <html> element, or markup dominating the start. */
export function looksLikeHtml(text: string): boolean {
	const head = text.slice(0, 2000).trimStart().toLowerCase();
	if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
	const tags = head.match(/<\/?(p|div|span|a|body|head|meta|br|h[1-6]|article|script)\b[^>]*>/g);
	return (tags?.length ?? 0) >= 5;
}

export function decodeArticle(bytes: Uint8Array): Decoded {
	const notes: string[] = [];
	let body = bytes;
	let text: string;
	if (body[0] === 0xff && body[1] === 0xfe) {
		text = new TextDecoder('utf-16le').decode(body.subarray(2));
		notes.push('file is UTF-16 (little-endian); read it as such. Save articles as UTF-8.');
	} else if (body[0] === 0xfe && body[1] === 0xff) {
		text = new TextDecoder('utf-16be').decode(body.subarray(2));
		notes.push('file is UTF-16 (big-endian); read it as such. Save articles as UTF-8.');
	} else {
		if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
		try {
			text = utf8.decode(body);
		} catch {
			text = cp1256.decode(body);
			notes.push(
				'file is not valid UTF-8; decoded it as Windows-1256 (Arabic). Check the text, then re-save the file as UTF-8.'
			);
		}
	}
	if (looksLikeHtml(text)) {
		text = stripHtml(text);
		notes.push(
			'file holds HTML, not plain text; kept the text between the tags. Save the article text alone.'
		);
	}
	return { text, notes, empty: text.trim().length === 0 };
}
