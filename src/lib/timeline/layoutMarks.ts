import type { TimeWindow } from '$lib/state/explorer.svelte';
import type { EventIndex } from './eventIndex';

export interface MarkOptions {
	/** Rows for single marks; overflow goes to a row of count badges below them. */
	rows: number;
	/** Half the width of a one-day mark, px. */
	radius: number;
	/** Space kept between two marks in a row, px. */
	gap: number;
	/** Width of one count badge, px: overflow within it is counted together. */
	clusterWidth: number;
}

export interface PlacedMark {
	/** Position in the EventIndex. */
	i: number;
	/** Horizontal extent in left-to-right pixels from the window's start (mirror for RTL). */
	x0: number;
	x1: number;
	row: number;
	point: boolean;
}

export interface Cluster {
	x0: number;
	x1: number;
	count: number;
	/** The time the grouped events cover, to zoom into so they separate. */
	start: number;
	end: number;
	/** The first few grouped events, for the tooltip. */
	sample: number[];
}

export interface LaneMarks {
	kind: 'marks';
	marks: PlacedMark[];
	clusters: Cluster[];
	count: number;
}

const SAMPLE = 3;

/**
 * Places the lane's events of [lo, hi) that overlap the window: each in the first row where it
 * does not touch its neighbour; what fits in no row is counted in a badge, so no event is ever
 * hidden under another. Events arrive in start order, so a greedy pass is enough.
 */
export function layoutMarks(
	index: EventIndex,
	lane: number,
	lo: number,
	hi: number,
	view: TimeWindow,
	width: number,
	options: MarkOptions
): LaneMarks {
	const { rows, radius, gap, clusterWidth } = options;
	const pxPerMs = width / (view.end - view.start);
	const rowEnds = new Float64Array(rows).fill(-Infinity);
	const marks: PlacedMark[] = [];
	const buckets = new Map<number, Cluster>();
	let count = 0;
	for (let i = lo; i < hi; i++) {
		if (index.lanes[i] !== lane) continue;
		const start = index.starts[i]!;
		const end = index.ends[i]!;
		if (end <= view.start || start >= view.end) continue;
		count++;
		const point = index.points[i] === 1;
		let x0: number;
		let x1: number;
		if (point) {
			const cx = ((start + end) / 2 - view.start) * pxPerMs;
			x0 = cx - radius;
			x1 = cx + radius;
		} else {
			x0 = (start - view.start) * pxPerMs;
			x1 = Math.max((end - view.start) * pxPerMs, x0 + 2 * radius);
		}
		let row = 0;
		while (row < rows && rowEnds[row]! + gap > x0) row++;
		if (row < rows) {
			rowEnds[row] = x1;
			marks.push({ i, x0, x1, row, point });
			continue;
		}
		const at = Math.min(Math.max(point ? (x0 + x1) / 2 : Math.max(x0, 0), 0), width - 1);
		const b = Math.floor(at / clusterWidth);
		let cluster = buckets.get(b);
		if (!cluster) {
			cluster = {
				x0: b * clusterWidth,
				x1: (b + 1) * clusterWidth,
				count: 0,
				start,
				end,
				sample: []
			};
			buckets.set(b, cluster);
		}
		cluster.count++;
		cluster.start = Math.min(cluster.start, start);
		cluster.end = Math.max(cluster.end, end);
		if (cluster.sample.length < SAMPLE) cluster.sample.push(i);
	}
	const clusters = [...buckets.values()].sort((a, b) => a.x0 - b.x0);
	return { kind: 'marks', marks, clusters, count };
}
