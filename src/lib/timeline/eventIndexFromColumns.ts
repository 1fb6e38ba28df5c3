import type { ColumnsLike, IndexTables } from '$lib/model/compactIndex';
import type { IndexEvent } from '$lib/model/schema';
import type { EventIndex } from './eventIndex';
import { eventIndexFromSpans, timelineSpans } from './timelineSpans';

/**
 * The same index as buildEventIndex(events), read from the index file's columns instead of the
 * events' date strings (timelineSpans: each distinct date parsed once). The data worker makes the
 * spans and the page only puts its events in; this does both, where there is no worker.
 * `events[i]` is the event at position i of the columns (expandEvents).
 */
export function eventIndexFromColumns(
	input: readonly IndexEvent[],
	columns: Pick<ColumnsLike, 'type' | 'date' | 'end'>,
	tables: Pick<IndexTables, 'types' | 'dates'>
): EventIndex {
	return eventIndexFromSpans(input, timelineSpans(columns, tables));
}
