/**
 * Splits raw article text into sentences with raw offsets. A sentence ends at a line break or at
 * . ! ? ؟ … followed by white space or a closing quote; a dot between digits (2.5) or a run of
 * dots used as a pause inside a quotation ("..") does not end one. Spans are trimmed.
 */
export interface Span {
	start: number;
	end: number;
}

const ENDERS = new Set(['.', '!', '?', '؟', '…', '!']);
const CLOSERS = new Set(['"', '”', '»', "'", ')', '’']);
const SPACE = /\s/;
/** A sentence longer than this is cut at the next comma or space: quotes stay readable. */
const MAX_SENTENCE = 1200;

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
	while (start < end && SPACE.test(text[start]!)) start++;
	while (end > start && SPACE.test(text[end - 1]!)) end--;
	if (end > start) out.push({ start, end });
}

export function splitSentences(text: string): Span[] {
	const out: Span[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\n') {
			pushTrimmed(out, text, start, i);
			start = i + 1;
			continue;
		}
		if (i - start > MAX_SENTENCE && (c === '،' || c === ',' || c === ' ')) {
			pushTrimmed(out, text, start, i + 1);
			start = i + 1;
			continue;
		}
		if (!ENDERS.has(c)) continue;
		if (c === '.' && (text[i + 1] === '.' || text[i - 1] === '.')) continue;
		if (c === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
		let end = i + 1;
		while (end < text.length && CLOSERS.has(text[end]!)) end++;
		if (end < text.length && !SPACE.test(text[end]!)) continue;
		pushTrimmed(out, text, start, end);
		start = end;
		i = end - 1;
	}
	pushTrimmed(out, text, start, text.length);
	return out;
}
