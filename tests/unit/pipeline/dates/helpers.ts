import { normalize, toRawSpan } from '$lib/pipeline/text/normalize';
import type { DateMention } from '$lib/pipeline/dates/dateMention';
import { findDates } from '$lib/pipeline/dates/findDates';

export interface Found extends DateMention {
	/** The raw characters the mention came from. */
	raw: string;
	/** The normalised characters of the mention. */
	text: string;
}

/** Normalises raw text, finds its dates, and maps each back to the raw substring it cites. */
export function find(raw: string): Found[] {
	const norm = normalize(raw);
	return findDates(norm.text).map((m) => {
		const span = toRawSpan(norm, m.start, m.end);
		return { ...m, raw: raw.slice(span.start, span.end), text: norm.text.slice(m.start, m.end) };
	});
}

/** The only mention of a snippet; fails the test when there is not exactly one. */
export function one(raw: string): Found {
	const all = find(raw);
	if (all.length !== 1)
		throw new Error(
			`expected one date in ${JSON.stringify(raw)}, found ${JSON.stringify(all.map((m) => m.text))}`
		);
	return all[0] as Found;
}
