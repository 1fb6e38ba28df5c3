import type { TimeWindow } from '$lib/state/explorer.svelte';
import type { LaneLayout } from './layoutView';

/** Gives a lane's layout for a view: one kept under `key`, or `make()`'s (see densityKeeper). */
export type LaneKeeper = (
	key: string,
	view: TimeWindow,
	width: number,
	make: () => LaneLayout
) => LaneLayout;

/**
 * Density lanes kept for the current view and width, by what they count (the caller's key: a
 * lane's type and the filters that decide its events). A type toggled off changes one lane; the
 * others count the same events in the same window, so their bins are taken as they were instead
 * of counted again (10–30 ms a lane at 100,000 events on a busy host). Marks are not kept: they
 * point into their own index. A new view or width forgets everything.
 */
export function densityKeeper(): LaneKeeper {
	// Nothing renders from it: a plain Map.
	let kept = new Map<string, LaneLayout>();
	let start = NaN;
	let end = NaN;
	let at = NaN;
	return (key, view, width, make) => {
		if (view.start !== start || view.end !== end || width !== at) {
			kept = new Map();
			[start, end, at] = [view.start, view.end, width];
		}
		const known = kept.get(key);
		if (known) return known;
		const made = make();
		if (made.kind === 'density') kept.set(key, made);
		return made;
	};
}
