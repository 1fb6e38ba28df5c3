import type { Quote } from '$lib/model/schema';

export interface HighlightedText {
	before: string;
	quote: string;
	after: string;
	/** True when the offsets did not point at the quote and it was found by searching instead. */
	moved: boolean;
}

/**
 * Splits an article's text around a source's quote for a `<mark>`. The offsets are JS string
 * indices into the text; if the text has changed under them the quote is searched for, and null
 * means it is not in the text at all (the caller says so rather than marking the wrong words).
 */
export function highlightQuote(
	text: string,
	source: Pick<Quote, 'start' | 'end' | 'quote'>
): HighlightedText | null {
	let start = source.start;
	let end = source.end;
	let moved = false;
	if (text.slice(start, end) !== source.quote) {
		start = text.indexOf(source.quote);
		if (start < 0 || source.quote.length === 0) return null;
		end = start + source.quote.length;
		moved = true;
	}
	return {
		before: text.slice(0, start),
		quote: text.slice(start, end),
		after: text.slice(end),
		moved
	};
}
