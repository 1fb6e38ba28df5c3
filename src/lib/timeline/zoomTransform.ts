import type { TimeWindow } from '$lib/state/explorer.svelte';
import { DAY } from './windowMath';

/** The part of a d3-zoom transform the timeline uses: horizontal scale and translation. */
export interface ZoomLike {
	k: number;
	x: number;
}

/*
 * d3-zoom works in pixels over a base scale that maps the whole extent onto [0, width]
 * (reversed when the axis runs right to left). A transform then shows the window between the
 * times under the left and right edges; these two functions convert both ways.
 */
function base(t: number, extent: TimeWindow, width: number, rtl: boolean): number {
	const u = ((t - extent.start) / (extent.end - extent.start)) * width;
	return rtl ? width - u : u;
}
function baseInvert(px: number, extent: TimeWindow, width: number, rtl: boolean): number {
	const u = rtl ? width - px : px;
	return extent.start + (u / width) * (extent.end - extent.start);
}

export function windowFromTransform(
	t: ZoomLike,
	extent: TimeWindow,
	width: number,
	rtl: boolean
): TimeWindow {
	const a = baseInvert((0 - t.x) / t.k, extent, width, rtl);
	const b = baseInvert((width - t.x) / t.k, extent, width, rtl);
	return { start: Math.min(a, b), end: Math.max(a, b) };
}

export function transformFromWindow(
	view: TimeWindow,
	extent: TimeWindow,
	width: number,
	rtl: boolean
): ZoomLike {
	const k = (extent.end - extent.start) / (view.end - view.start);
	const left = Math.min(base(view.start, extent, width, rtl), base(view.end, extent, width, rtl));
	return { k, x: -k * left };
}

/** From the whole extent (k = 1) down to one day across the width. */
export function scaleExtentFor(extent: TimeWindow, minSpan = DAY): [number, number] {
	return [1, Math.max(1, (extent.end - extent.start) / minSpan)];
}
