import { STATUSES } from '$lib/model/schema';
import type { BandSpan, BandStatus } from './bandSpans';

export interface LegendEntries {
	/** Statuses the band draws, in the schema's order, 'none' last when a stretch has no report. */
	statuses: BandStatus[];
	chair: boolean;
}

/** Only what the band shows: a legend entry for a status that never occurs would mislead. */
export function legendEntries(spans: readonly BandSpan[]): LegendEntries {
	const seen = new Set(spans.map((s) => s.status));
	return {
		statuses: [
			...STATUSES.filter((s) => seen.has(s)),
			...(seen.has('none') ? ['none' as const] : [])
		],
		chair: spans.some((s) => s.chair)
	};
}
