import type { TimeWindow } from '$lib/state/explorer.svelte';
import type { EventIndex } from './eventIndex';

export interface LaneDensity {
	kind: 'density';
	/** Width of one bin, px; bin b covers [b·binWidth, (b+1)·binWidth) left to right. */
	binWidth: number;
	/** Events overlapping each bin (a span counts in every bin it crosses), for the tooltip. */
	counts: Uint32Array;
	/**
	 * Each event's weight spread evenly over the bins it crosses, for the bar heights: a
	 * year-precision event adds 1/365 of a one-day bin, so days of fighting stand out from the
	 * months-long spans behind them instead of being flattened into a block.
	 */
	mass: Float32Array;
	/** Largest mass of a bin. */
	max: number;
	/** Events of the lane overlapping the window. */
	count: number;
}

/**
 * Counts the lane's events per pixel bin when there are too many to draw one by one. Spans are
 * added through a difference array, so a long span costs as much as a point.
 */
export function aggregate(
	index: EventIndex,
	/** Positions of the lane's candidate events (see laneMembers), in start order. */
	members: ArrayLike<number>,
	view: TimeWindow,
	width: number,
	binWidth: number
): LaneDensity {
	const bins = Math.max(1, Math.ceil(width / binWidth));
	const diff = new Int32Array(bins + 1);
	const diffMass = new Float64Array(bins + 1);
	const pxPerMs = width / (view.end - view.start);
	const last = bins - 1;
	let count = 0;
	for (let k = 0; k < members.length; k++) {
		const i = members[k]!;
		const start = index.starts[i]!;
		const end = index.ends[i]!;
		if (end <= view.start || start >= view.end) continue;
		count++;
		let b0: number;
		let b1: number;
		if (index.points[i] === 1) {
			b0 = b1 = Math.floor((((start + end) / 2 - view.start) * pxPerMs) / binWidth);
		} else {
			b0 = Math.floor(((start - view.start) * pxPerMs) / binWidth);
			// The end is exclusive: a span ending exactly on a bin edge does not reach that bin.
			b1 = Math.ceil(((end - view.start) * pxPerMs) / binWidth) - 1;
		}
		b0 = Math.min(Math.max(b0, 0), last);
		b1 = Math.min(Math.max(b1, b0), last);
		diff[b0]!++;
		diff[b1 + 1]!--;
		// Weight by the bins the whole span covers, not only those in view.
		const covered = index.points[i] === 1 ? 1 : Math.max(1, ((end - start) * pxPerMs) / binWidth);
		diffMass[b0]! += 1 / covered;
		diffMass[b1 + 1]! -= 1 / covered;
	}
	const counts = new Uint32Array(bins);
	const mass = new Float32Array(bins);
	let run = 0;
	let runMass = 0;
	let max = 0;
	for (let b = 0; b < bins; b++) {
		run += diff[b]!;
		runMass += diffMass[b]!;
		counts[b] = run;
		// Rounding in the running sum must not leave a ghost bar where nothing is.
		mass[b] = run === 0 ? 0 : Math.max(runMass, 0);
		if (mass[b]! > max) max = mass[b]!;
	}
	return { kind: 'density', binWidth, counts, mass, max, count };
}
