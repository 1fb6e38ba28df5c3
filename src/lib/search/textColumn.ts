/**
 * Many short texts joined into one string, with where each begins. One `indexOf` over the joined
 * string finds a word in every text at native speed; at 100,000 events that is several times
 * faster than 100,000 calls of `includes`, and holds no more memory than the texts themselves.
 */
export interface TextColumn {
	/** The texts joined by SEPARATOR. */
	text: string;
	/** Where text i begins in `text`; ascending. */
	starts: Uint32Array;
}

/** Never in folded text (letters, digits and single spaces) nor in a query word. */
const SEPARATOR = '\n';

export function textColumn(texts: readonly string[]): TextColumn {
	const starts = new Uint32Array(texts.length);
	let at = 0;
	for (let i = 0; i < texts.length; i++) {
		starts[i] = at;
		at += texts[i]!.length + SEPARATOR.length;
	}
	return { text: texts.join(SEPARATOR), starts };
}

/** The text holding offset `pos`: the last whose start is ≤ pos. */
function textAt(starts: Uint32Array, pos: number): number {
	let lo = 0;
	let hi = starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (starts[mid]! <= pos) lo = mid + 1;
		else hi = mid;
	}
	return lo - 1;
}

/**
 * Calls `found(i)` once for each text that contains `word` (which must not contain SEPARATOR),
 * in text order. After a hit the search jumps to the next text: a word that a text repeats costs
 * one find, not one per repetition.
 */
export function eachTextContaining(
	column: TextColumn,
	word: string,
	found: (i: number) => void
): void {
	if (word === '' || word.includes(SEPARATOR)) return;
	const { text, starts } = column;
	let pos = text.indexOf(word);
	while (pos !== -1) {
		const i = textAt(starts, pos);
		found(i);
		if (i + 1 >= starts.length) return;
		pos = text.indexOf(word, starts[i + 1]!);
	}
}
