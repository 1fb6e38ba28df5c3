/**
 * Splits raw article text into sentences with raw offsets. A sentence ends at a line break or at
 * . ! ? ؟ … followed by white space or a closing quote; a dot between digits (2.5) or a run of
 * dots used as a pause inside a quotation ("..") does not end one; a footnote's mark after the stop
 * («.[1]», «.²», «.(1)», «.[بحاجة لمصدر]») ends it with the sentence, and a numbered line's "1." ends none. Spans are trimmed.
 */
export interface Span {
	start: number;
	end: number;
}

/** A table by char code, not a Set: it is asked of every character of every article. */
const ENDERS = new Uint8Array(0x10000);
for (const c of ['.', '!', '?', '؟', '…', '!']) ENDERS[c.charCodeAt(0)] = 1;
const CLOSERS = new Set(['"', '”', '»', "'", ')', '’'].map((c) => c.charCodeAt(0)));
const SPACE = /\s/;
const DOT = 46;
const NEWLINE = 10;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) =>
	c === 32 ||
	c === 10 ||
	c === 9 ||
	c === 13 ||
	c === 0xa0 ||
	(c > 0x7f && SPACE.test(String.fromCharCode(c)));
/** A sentence longer than this is cut at the next comma or space: quotes stay readable. */
const MAX_SENTENCE = 1200;

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
	while (start < end && isSpace(text.charCodeAt(start))) start++;
	while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
	if (end > start) out.push({ start, end });
}

/**
 * "… لتقصي الحقائق.[1] وفي قمة يريفان …", "…الختامي.² ومنذ", "….(3) و…", and a wiki's "citation
 * needed" («.[بحاجة لمصدر]»): a footnote's mark after the full stop belongs to the sentence it
 * ends. Where the mark ends, else `at`.
 */
const FOOTNOTE =
	/^(?:\[[0-9\u0660-\u0669]{1,3}\]|\([0-9\u0660-\u0669]{1,2}\)|\[بحاج[ةه][^\]\n]{0,20}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})/;
function afterFootnote(text: string, at: number): number {
	const c = text.charCodeAt(at);
	if (
		c !== 0x5b &&
		c !== 0x28 &&
		c !== 0xb9 &&
		c !== 0xb2 &&
		c !== 0xb3 &&
		!(c >= 0x2070 && c <= 0x2079)
	)
		return at;
	const m = FOOTNOTE.exec(text.slice(at, at + 30));
	return m ? at + m[0].length : at;
}

/** "1. رئيس الوزراء …": the number of a numbered line, one or two digits opening it. */
function listNumber(text: string, start: number, dot: number): boolean {
	let k = start;
	while (k < dot && isSpace(text.charCodeAt(k))) k++;
	return (
		dot - k >= 1 && dot - k <= 2 && isDigit(text.charCodeAt(k)) && isDigit(text.charCodeAt(dot - 1))
	);
}

export function splitSentences(text: string): Span[] {
	const out: Span[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === NEWLINE) {
			pushTrimmed(out, text, start, i);
			start = i + 1;
			continue;
		}
		if (i - start > MAX_SENTENCE && (c === 0x060c || c === 44 || c === 32)) {
			pushTrimmed(out, text, start, i + 1);
			start = i + 1;
			continue;
		}
		if (ENDERS[c] === 0) continue;
		if (c === DOT && (text.charCodeAt(i + 1) === DOT || text.charCodeAt(i - 1) === DOT)) continue;
		if (c === DOT && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
		if (c === DOT && listNumber(text, start, i)) continue;
		// "للمادة 4.(1)": a numbered clause, not a footnote after a full stop.
		if (c === DOT && isDigit(text.charCodeAt(i - 1)) && text.charCodeAt(i + 1) === 0x28) continue;
		let end = i + 1;
		while (end < text.length && CLOSERS.has(text.charCodeAt(end))) end++;
		// (Marks may follow one another: «.[بحاجة لمصدر][3]».)
		for (let next = afterFootnote(text, end); next !== end; next = afterFootnote(text, end))
			end = next;
		if (end < text.length && !isSpace(text.charCodeAt(end))) continue;
		pushTrimmed(out, text, start, end);
		start = end;
		i = end - 1;
	}
	pushTrimmed(out, text, start, text.length);
	return out;
}
