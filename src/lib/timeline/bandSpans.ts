import type { Status, StatusPeriod } from '$lib/model/schema';
import type { TimeWindow } from '$lib/state/explorer.svelte';
import { statusSpans } from './statusSpans';

export type BandStatus = Status | 'none';

export interface BandSpan {
	start: number;
	end: number;
	/** 'none' where no source reports a status: drawn as such, never left blank. */
	status: BandStatus;
	chair: boolean;
	/** The period's index in the member's list; null for a stretch with no report. */
	index: number | null;
}

/**
 * The status band over the whole extent with no holes: the member's periods, and a 'none' span
 * for every stretch before, between or after them that no source reports on.
 */
export function bandSpans(periods: readonly StatusPeriod[], extent: TimeWindow): BandSpan[] {
	const out: BandSpan[] = [];
	let at = extent.start;
	for (const s of statusSpans(periods, extent)) {
		const start = Math.max(s.start, at);
		if (start > at) out.push({ start: at, end: start, status: 'none', chair: false, index: null });
		if (s.end > start) out.push({ ...s, start });
		at = Math.max(at, s.end);
	}
	if (at < extent.end)
		out.push({ start: at, end: extent.end, status: 'none', chair: false, index: null });
	return out;
}
