import { dateSpan, isPartialDate } from '$lib/model/partialDate';
import type { TimeWindow } from '$lib/state/explorer.svelte';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The window from one inclusive day to another (`YYYY-MM-DD`, UTC), clamped into the extent;
 * null when either day is malformed, they are inverted, or nothing of them lies in the extent.
 */
export function windowFromDays(from: string, to: string, extent: TimeWindow): TimeWindow | null {
	if (!DAY.test(from) || !DAY.test(to) || !isPartialDate(from) || !isPartialDate(to)) return null;
	if (from > to) return null;
	const start = Math.max(extent.start, dateSpan(from).start);
	const end = Math.min(extent.end, dateSpan(to).end);
	return end > start ? { start, end } : null;
}
