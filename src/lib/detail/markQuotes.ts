import type { Quote } from '$lib/model/schema';
import { highlightQuote } from './highlightQuote';

export interface TextPart {
	text: string;
	/** True for a cited sentence. */
	mark: boolean;
}

export interface MarkedText {
	parts: TextPart[];
	/** Quotes not found in the text at all. */
	missing: number;
	/** Quotes found by searching because their offsets no longer point at them. */
	moved: number;
}

/**
 * An article's text cut around all its cited sentences, for one `<mark>` each. Each quote is
 * placed as `highlightQuote` places it; overlapping quotes merge into one mark.
 */
export function markQuotes(text: string, sources: readonly Quote[]): MarkedText {
	let missing = 0;
	let moved = 0;
	const ranges: [number, number][] = [];
	for (const s of sources) {
		const h = highlightQuote(text, s);
		if (!h) {
			missing++;
			continue;
		}
		if (h.moved) moved++;
		ranges.push([h.before.length, h.before.length + h.quote.length]);
	}
	ranges.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const r of ranges) {
		const last = merged.at(-1);
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else merged.push([...r]);
	}
	const parts: TextPart[] = [];
	let at = 0;
	for (const [start, end] of merged) {
		if (start > at) parts.push({ text: text.slice(at, start), mark: false });
		parts.push({ text: text.slice(start, end), mark: true });
		at = end;
	}
	if (at < text.length) parts.push({ text: text.slice(at), mark: false });
	return { parts, missing, moved };
}
