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
 * Places the lane's events (`members`) that overlap the window: each in the first row where it
 * does not touch a neighbour; what fits in no row is counted in a badge, so no event is ever
 * hidden under another. Short marks go first, in start order; long spans (a year-precision
 * event, a months-long deployment) then fill the gaps, so one long span cannot take a whole row
 * from dozens of single days.
 */
export function layoutMarks(
	index: EventIndex,
	/** Positions of the lane's candidate events (see laneMembers), in start order. */
	members: ArrayLike<number>,
	view: TimeWindow,
	width: number,
	options: MarkOptions
): LaneMarks {
	const { rows, radius, gap, clusterWidth } = options;
	const pxPerMs = width / (view.end - view.start);
	const longPx = Math.max(60, width / 10);
	const occupied: Array<Array<{ x0: number; x1: number }>> = Array.from({ length: rows }, () => []);
	const marks: PlacedMark[] = [];
	const long: PlacedMark[] = [];
	const buckets = new Map<number, Cluster>();
	let count = 0;
	const overflow = (m: PlacedMark) => {
		const at = Math.min(Math.max(m.point ? (m.x0 + m.x1) / 2 : m.x0, 0), width - 1);
		const b = Math.floor(at / clusterWidth);
		const start = index.starts[m.i]!;
		const end = index.ends[m.i]!;
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
		if (cluster.sample.length < SAMPLE) cluster.sample.push(m.i);
	};
	for (let k = 0; k < members.length; k++) {
		const i = members[k]!;
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
		const mark: PlacedMark = { i, x0, x1, row: 0, point };
		if (x1 - x0 > longPx) {
			long.push(mark);
			continue;
		}
		// In start order a row's last mark is its rightmost: one comparison per row.
		let row = 0;
		while (row < rows && lastEnd(occupied[row]!) + gap > x0) row++;
		if (row < rows) {
			mark.row = row;
			occupied[row]!.push(mark);
			marks.push(mark);
		} else overflow(mark);
	}
	for (const mark of long) {
		const row = occupied.findIndex((r) => fits(r, mark, gap));
		if (row < 0) {
			overflow(mark);
			continue;
		}
		mark.row = row;
		insert(occupied[row]!, mark);
		marks.push(mark);
	}
	const clusters = [...buckets.values()].sort((a, b) => a.x0 - b.x0);
	return { kind: 'marks', marks, clusters, count };
}

function lastEnd(row: ReadonlyArray<{ x1: number }>): number {
	return row.length === 0 ? -Infinity : row[row.length - 1]!.x1;
}

/** First position in a row (sorted, non-overlapping, so x1 ascends too) whose end reaches x. */
function firstReaching(row: ReadonlyArray<{ x1: number }>, x: number): number {
	let lo = 0;
	let hi = row.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (row[mid]!.x1 <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function fits(row: ReadonlyArray<{ x0: number; x1: number }>, m: PlacedMark, gap: number): boolean {
	const next = row[firstReaching(row, m.x0 - gap)];
	return next === undefined || next.x0 >= m.x1 + gap;
}

function insert(row: Array<{ x0: number; x1: number }>, m: PlacedMark) {
	row.splice(firstReaching(row, m.x0), 0, m);
}
