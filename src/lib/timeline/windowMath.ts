import type { TimeWindow } from '$lib/state/explorer.svelte';

export const DAY = 86_400_000;

/** Moves a window by `delta` ms without changing its length, kept inside the extent. */
export function panWindow(view: TimeWindow, delta: number, extent: TimeWindow): TimeWindow {
	const span = Math.min(view.end - view.start, extent.end - extent.start);
	const start = Math.min(Math.max(view.start + delta, extent.start), extent.end - span);
	return { start, end: start + span };
}

/**
 * Zooms by `factor` (>1 in) keeping the moment `anchor` at the same place on screen, with the
 * window's length between `minSpan` and the whole extent.
 */
export function zoomWindow(
	view: TimeWindow,
	factor: number,
	anchor: number,
	extent: TimeWindow,
	minSpan = DAY
): TimeWindow {
	const span = view.end - view.start;
	const maxSpan = extent.end - extent.start;
	const next = Math.min(maxSpan, Math.max(Math.min(minSpan, maxSpan), span / factor));
	const at = span > 0 ? Math.min(1, Math.max(0, (anchor - view.start) / span)) : 0.5;
	const start = anchor - at * next;
	return panWindow({ start, end: start + next }, 0, extent);
}

/** A window of the same length centred on `t`, kept inside the extent. */
export function centreOn(view: TimeWindow, t: number, extent: TimeWindow): TimeWindow {
	const span = view.end - view.start;
	return panWindow({ start: t - span / 2, end: t + span / 2 }, 0, extent);
}

/** True when [start, end) lies in the window's middle, away from its edges by `margin` of its length. */
export function isWellInside(view: TimeWindow, start: number, end: number, margin = 0.02): boolean {
	const pad = (view.end - view.start) * margin;
	const mid = Math.min(end, start + DAY / 2);
	return mid >= view.start + pad && mid <= view.end - pad;
}

/** Equal up to a fraction of a pixel on a screen as wide as `width`. */
export function sameWindow(a: TimeWindow, b: TimeWindow, width = 4000): boolean {
	const tolerance = (Math.max(a.end - a.start, 1) / Math.max(width, 1)) * 0.25;
	return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
}

/** Linear between two windows, in log-length so zooms feel even; `u` in [0, 1]. */
export function interpolateWindow(a: TimeWindow, b: TimeWindow, u: number): TimeWindow {
	const la = Math.log(a.end - a.start);
	const lb = Math.log(b.end - b.start);
	const span = Math.exp(la + (lb - la) * u);
	const ca = (a.start + a.end) / 2;
	const cb = (b.start + b.end) / 2;
	const centre = ca + (cb - ca) * u;
	return { start: centre - span / 2, end: centre + span / 2 };
}
