import type { TimeWindow } from '$lib/state/explorer.svelte';
import { DAY } from './windowMath';

/**
 * The overview strip maps the whole extent onto its width, right to left for Arabic. These turn a
 * window into the brush's pixel span and back; the brush never makes a window shorter than a day.
 */
export function windowToBrush(
	view: TimeWindow,
	extent: TimeWindow,
	width: number,
	rtl: boolean
): [number, number] {
	const span = extent.end - extent.start;
	const u = (t: number) =>
		((Math.min(Math.max(t, extent.start), extent.end) - extent.start) / span) * width;
	const a = u(view.start);
	const b = u(view.end);
	return rtl ? [width - b, width - a] : [a, b];
}

export function brushToWindow(
	pixels: readonly [number, number],
	extent: TimeWindow,
	width: number,
	rtl: boolean
): TimeWindow {
	const span = extent.end - extent.start;
	const t = (x: number) => {
		const u = Math.min(Math.max(x, 0), width) / Math.max(width, 1);
		return extent.start + (rtl ? 1 - u : u) * span;
	};
	let start = Math.min(t(pixels[0]), t(pixels[1]));
	let end = Math.max(t(pixels[0]), t(pixels[1]));
	const min = Math.min(DAY, span);
	if (end - start < min) {
		const mid = (start + end) / 2;
		start = Math.min(Math.max(mid - min / 2, extent.start), extent.end - min);
		end = start + min;
	}
	return { start, end };
}
