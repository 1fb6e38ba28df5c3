import { dateSpan, isPartialDate } from '$lib/model/partialDate';
import type { Status, StatusPeriod } from '$lib/model/schema';
import type { TimeWindow } from '$lib/state/explorer.svelte';

export interface StatusSpan {
	start: number;
	end: number;
	status: Status;
	chair: boolean;
	/** The period's index in the member's list, for its evidence. */
	index: number;
}

/**
 * Status periods as UTC spans inside the extent; an open period runs to the extent's end.
 * A period with unreadable or reversed dates is dropped rather than drawn wrong.
 */
export function statusSpans(periods: readonly StatusPeriod[], extent: TimeWindow): StatusSpan[] {
	const out: StatusSpan[] = [];
	for (const [index, p] of periods.entries()) {
		if (!isPartialDate(p.from) || (p.to !== undefined && !isPartialDate(p.to))) continue;
		const start = Math.max(dateSpan(p.from).start, extent.start);
		const end = Math.min(p.to === undefined ? extent.end : dateSpan(p.to).end, extent.end);
		if (end > start) out.push({ start, end, status: p.status, chair: p.chair === true, index });
	}
	return out;
}
