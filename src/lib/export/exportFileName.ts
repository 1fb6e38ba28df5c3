import { toIsoDay } from '$lib/model/partialDate';
import type { TimeWindow } from '$lib/state/explorer.svelte';

/** `csto-atlas-events-2022-01-01_2022-12-31.csv`: what, and the window's inclusive days. */
export function exportFileName(what: string, view: TimeWindow, extension: string): string {
	const from = toIsoDay(view.start);
	const to = toIsoDay(Math.max(view.start, view.end - 1));
	return `csto-atlas-${what}-${from}_${to}.${extension}`;
}
