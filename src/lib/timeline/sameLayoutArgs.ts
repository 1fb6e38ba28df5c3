import type { TimeWindow } from '$lib/state/explorer.svelte';
import type { ViewOptions } from './layoutView';

/**
 * Whether layoutView's arguments after the index lay out the same picture: the same window (by
 * value: the view is a new object on every change), width and options (not how lanes are kept:
 * the picture is the same). With memoPerObject, a
 * filter toggled back to an index laid out for this view is not laid out again.
 */
export function sameLayoutArgs(
	a: [TimeWindow, number, ViewOptions, ...unknown[]],
	b: [TimeWindow, number, ViewOptions, ...unknown[]]
): boolean {
	return a[0].start === b[0].start && a[0].end === b[0].end && a[1] === b[1] && a[2] === b[2];
}
