import type { TimeWindow } from '$lib/state/explorer.svelte';

/**
 * The overview's marks: every event as a tick in its lane's row, events in one pixel column
 * merged into one taller tick (height grows with the log of the count), as one SVG path per lane.
 * Linear in the number of events, and the path has at most one segment per column.
 */
export function overviewPaths(
	starts: ArrayLike<number>,
	lanes: ArrayLike<number>,
	laneCount: number,
	extent: TimeWindow,
	width: number,
	rowHeight: number,
	rtl: boolean
): string[] {
	const columns = Math.max(1, Math.ceil(width));
	const counts = Array.from({ length: laneCount }, () => new Uint32Array(columns));
	const span = extent.end - extent.start;
	for (let i = 0; i < starts.length; i++) {
		const t = starts[i]!;
		if (t < extent.start || t >= extent.end) continue;
		let c = Math.floor(((t - extent.start) / span) * width);
		c = Math.min(columns - 1, Math.max(0, rtl ? columns - 1 - c : c));
		const lane = counts[lanes[i]!];
		if (lane) lane[c]!++;
	}
	return counts.map((col, lane) => {
		const bottom = (lane + 1) * rowHeight;
		let d = '';
		for (let c = 0; c < columns; c++) {
			const n = col[c]!;
			if (n === 0) continue;
			const h = Math.min(rowHeight - 1, 5 + Math.log2(n) * 2);
			d += `M${c} ${bottom - 0.5}v${-h.toFixed(1)}h2v${h.toFixed(1)}z`;
		}
		return d;
	});
}
