import type { LaneLayout } from './layoutView';
import { rowTop, type Geometry } from './geometry';

export type HitTarget =
	| { kind: 'event'; i: number; lane: number; x0: number; x1: number; top: number }
	| {
			kind: 'cluster';
			lane: number;
			x0: number;
			x1: number;
			top: number;
			count: number;
			start: number;
			end: number;
			sample: number[];
	  }
	| { kind: 'bin'; lane: number; x0: number; x1: number; top: number; count: number };

/**
 * What lies under a point given in left-to-right pixels (mirror the pointer first on an RTL
 * axis). Marks win over the badge row; a little slack makes small marks easy to hit by finger.
 */
export function hitTest(
	layout: readonly LaneLayout[],
	g: Geometry,
	x: number,
	y: number,
	slack = 3
): HitTarget | null {
	const lane = Math.floor((y - g.axisHeight) / g.laneHeight);
	const l = layout[lane];
	if (!l || y < g.axisHeight) return null;
	if (l.kind === 'density') {
		const b = Math.floor(x / l.binWidth);
		const count = l.counts[b] ?? 0;
		if (count === 0) return null;
		const x0 = b * l.binWidth;
		return {
			kind: 'bin',
			lane,
			x0,
			x1: x0 + l.binWidth,
			top: g.laneTops[lane]! + g.rowsTop,
			count
		};
	}
	const row = Math.floor((y - g.laneTops[lane]! - g.rowsTop) / g.rowHeight);
	if (row >= g.rows) {
		const c = l.clusters.find((c) => x >= c.x0 && x < c.x1);
		return c ? { kind: 'cluster', lane, ...c, top: rowTop(g, lane, g.rows) } : null;
	}
	let best: HitTarget | null = null;
	let bestDistance = Infinity;
	for (const m of l.marks) {
		if (Math.abs(m.row - row) > (row < 0 ? 1 : 0)) continue;
		const d = x < m.x0 ? m.x0 - x : x > m.x1 ? x - m.x1 : 0;
		if (d <= slack && d < bestDistance) {
			bestDistance = d;
			best = { kind: 'event', i: m.i, lane, x0: m.x0, x1: m.x1, top: rowTop(g, lane, m.row) };
		}
	}
	return best;
}
