import type { EventIndex } from './eventIndex';
import { rowTop, type Geometry } from './geometry';
import type { HitTarget } from './hitTest';
import { LANES } from './lanes';
import type { LaneLayout } from './layoutView';
import { TYPE_COLORS } from '$lib/ui/typeColors';
import { TYPE_SHAPES, type Shape } from './markStyle';
import type { AxisTicks } from './ticks';

export interface DrawInput {
	layout: readonly LaneLayout[];
	geometry: Geometry;
	width: number;
	rtl: boolean;
	ticks: AxisTicks;
	index: EventIndex;
	/** Screen x of a time. */
	x: (t: number) => number;
	/** Positions in the index of the selected and the hovered event (from here or the map). */
	selected: number | null;
	hovered: number | null;
	target: HitTarget | null;
	formatCount: (n: number) => string;
}

const GRID = '#e6e8ec';
const GRID_MAJOR = '#c5c9d1';
const LANE_FILL = ['#fafbfc', '#f4f6f8'];
const INK = '#1d2330';

/**
 * Paints lanes, grid, marks, count badges and density bins onto a 2D context already scaled to
 * CSS pixels. Text is limited to digits (badge counts): words go in HTML, where Arabic is shaped.
 */
export function drawTimeline(c: CanvasRenderingContext2D, d: DrawInput): number {
	const { geometry: g, width } = d;
	const sx = (lx: number) => (d.rtl ? width - lx : lx);
	c.clearRect(0, 0, width, g.height);
	LANES.forEach((_, lane) => {
		c.fillStyle = LANE_FILL[lane % 2]!;
		c.fillRect(0, g.laneTops[lane]!, width, g.laneHeight);
	});
	const lanesTop = g.laneTops[0]!;
	const lanesBottom = lanesTop + LANES.length * g.laneHeight;
	c.fillStyle = GRID;
	for (const t of d.ticks.minor)
		c.fillRect(Math.round(d.x(t.t)), lanesTop - 6, 1, lanesBottom - lanesTop + 6);
	c.fillStyle = GRID_MAJOR;
	for (const t of d.ticks.major.slice(1)) c.fillRect(Math.round(d.x(t.t)), 0, 1, lanesBottom);
	let drawn = 0;
	let max = 1;
	for (const l of d.layout) if (l.kind === 'density') max = Math.max(max, l.max);
	d.layout.forEach((l, lane) => {
		const type = LANES[lane]!;
		c.fillStyle = TYPE_COLORS[type];
		if (l.kind === 'density') {
			const floor = g.laneTops[lane]! + g.laneHeight - 3;
			const room = g.laneHeight - g.rowsTop - 4;
			// One path per lane: a thousand fillRect calls cost more than one fill.
			c.beginPath();
			for (let b = 0; b < l.counts.length; b++) {
				if (l.counts[b] === 0) continue;
				// Square root: a lone event stays visible beside a burst of hundreds.
				const h = Math.max(2, room * Math.sqrt(l.mass[b]! / max));
				const x0 = sx(b * l.binWidth);
				c.rect(d.rtl ? x0 - l.binWidth + 0.5 : x0, floor - h, l.binWidth - 0.5, h);
			}
			c.fill();
			drawn += l.count;
			return;
		}
		const shape = TYPE_SHAPES[type];
		c.beginPath();
		for (const m of l.marks) {
			const y = rowTop(g, lane, m.row) + g.rowHeight / 2;
			if (m.point) pathShape(c, shape, sx((m.x0 + m.x1) / 2), y, 4);
			else {
				const a = sx(m.x0);
				const b = sx(m.x1);
				c.rect(Math.min(a, b), y - 3, Math.max(2, Math.abs(b - a)), 6);
			}
		}
		c.fill();
		drawn += l.marks.length;
		const by = rowTop(g, lane, g.rows);
		c.font = '10px system-ui, sans-serif';
		// "+12" must read as such on an RTL page too; the canvas would inherit the page's direction.
		c.direction = 'ltr';
		c.textAlign = 'center';
		c.textBaseline = 'middle';
		for (const cl of l.clusters) {
			// The last bucket may reach past the edge: keep its badge whole on screen.
			const a = Math.max(
				1,
				Math.min(Math.min(sx(cl.x0), sx(cl.x1)) + 1, width - (cl.x1 - cl.x0) - 1)
			);
			c.fillStyle = '#ffffff';
			c.strokeStyle = TYPE_COLORS[type];
			c.lineWidth = 1;
			c.beginPath();
			c.roundRect(a, by, cl.x1 - cl.x0 - 2, g.rowHeight, 3);
			c.fill();
			c.stroke();
			c.fillStyle = INK;
			c.fillText(
				`+${d.formatCount(cl.count)}`,
				a + (cl.x1 - cl.x0 - 2) / 2,
				by + g.rowHeight / 2 + 0.5
			);
			drawn += cl.count;
		}
	});
	if (d.target && d.target.kind !== 'event') outlineTarget(c, d, sx);
	if (d.hovered !== null) ring(c, d, d.hovered, '#5f6b7a', 1.5);
	if (d.selected !== null) ring(c, d, d.selected, INK, 2.5);
	return drawn;
}

function pathShape(c: CanvasRenderingContext2D, shape: Shape, x: number, y: number, r: number) {
	if (shape === 'circle') {
		c.moveTo(x + r, y);
		c.arc(x, y, r, 0, 2 * Math.PI);
	} else if (shape === 'diamond') {
		c.moveTo(x, y - r - 0.5);
		c.lineTo(x + r + 0.5, y);
		c.lineTo(x, y + r + 0.5);
		c.lineTo(x - r - 0.5, y);
		c.closePath();
	} else c.rect(x - r + 0.5, y - r + 0.5, 2 * r - 1, 2 * r - 1);
}

/**
 * Marks an event wherever it is: around its mark when laid out, otherwise (inside a badge or a
 * bin) as a line across its lane, so a selection is never invisible.
 */
function ring(c: CanvasRenderingContext2D, d: DrawInput, i: number, color: string, w: number) {
	const { geometry: g } = d;
	const lane = d.index.lanes[i];
	if (lane === undefined) return;
	const l = d.layout[lane];
	const mark = l?.kind === 'marks' ? l.marks.find((m) => m.i === i) : undefined;
	c.strokeStyle = color;
	c.lineWidth = w;
	c.beginPath();
	if (mark) {
		const a = d.rtl ? d.width - mark.x1 : mark.x0;
		c.roundRect(
			a - 2.5,
			rowTop(g, lane, mark.row) - 0.5,
			mark.x1 - mark.x0 + 5,
			g.rowHeight + 1,
			4
		);
	} else {
		const start = d.index.starts[i]!;
		const end = d.index.ends[i]!;
		const top = g.laneTops[lane]!;
		const x = Math.round(d.x(d.index.points[i] ? (start + end) / 2 : start)) + 0.5;
		c.moveTo(x, top + 2);
		c.lineTo(x, top + g.laneHeight - 2);
		// A span also shows its length, along the top of its lane.
		if (!d.index.points[i]) {
			const y = top + g.rowsTop - 3;
			c.moveTo(x, y);
			c.lineTo(Math.round(Math.max(0, Math.min(d.width, d.x(end)))) + 0.5, y);
		}
	}
	c.stroke();
}

function outlineTarget(c: CanvasRenderingContext2D, d: DrawInput, sx: (lx: number) => number) {
	const t = d.target!;
	const a = Math.min(sx(t.x0), sx(t.x1));
	const g = d.geometry;
	c.strokeStyle = INK;
	c.lineWidth = 1.5;
	c.strokeRect(
		a - 0.5,
		t.kind === 'bin' ? g.laneTops[t.lane]! + 2 : t.top - 0.5,
		t.x1 - t.x0 + 1,
		t.kind === 'bin' ? g.laneHeight - 4 : g.rowHeight + 1
	);
}
