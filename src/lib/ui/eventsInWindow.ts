import { eventSpan } from '$lib/model/partialDate';
import type { IndexEvent } from '$lib/model/schema';
import type { TimeWindow } from '$lib/state/explorer.svelte';

/** Events whose span overlaps the window (UTC ms, end exclusive), in their given order. */
export function eventsInWindow(events: readonly IndexEvent[], window: TimeWindow): IndexEvent[] {
	return events.filter((e) => {
		const span = eventSpan(e.date, e.end);
		return span.end > window.start && span.start < window.end;
	});
}
