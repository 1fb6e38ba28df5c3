import { expandEvents, type ColumnsLike, type IndexTables } from '$lib/model/compactIndex';
import type { IndexEvent } from '$lib/model/schema';

/** Events made per task on the page's thread: a few milliseconds here, well under 50 on a phone. */
export const SLICE = 10_000;

/** Resolves in a later task, so the browser may paint or answer input in between. */
export function nextTask(): Promise<void> {
	if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
	// A message is not clamped to 4 ms as nested timeouts are.
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/**
 * The index's events made from its columns (expandEvents) `size` at
 * a time, pausing between slices, so that no task on the page's thread makes all 100,000.
 * `prepare(k)`, when given, is called before each slice with the slice's end (fromWireInSlices
 * reads the ids so).
 */
export async function expandInSlices(
	columns: ColumnsLike,
	tables: IndexTables,
	size = SLICE,
	pause: () => Promise<void> = nextTask,
	prepare?: (to: number) => void
): Promise<IndexEvent[]> {
	const n = columns.id.length;
	const out: IndexEvent[] = [];
	for (let i = 0; i < n; i += size) {
		if (i > 0) await pause();
		prepare?.(Math.min(n, i + size));
		for (const e of expandEvents(columns, tables, i, Math.min(n, i + size))) out.push(e);
	}
	return out;
}
