import { bisect, type EventIndex } from './eventIndex';
import { rowTop, type Geometry } from './geometry';
import type { HitTarget } from './hitTest';
import type { LaneLayout } from './layoutView';

export interface FocusItem {
	i: number;
	lane: number;
	/** Left-to-right px, like the layout; the component mirrors them. */
	x0: number;
	x1: number;
	/** Row of marks; -1 when the event is drawn in a badge or a bin (its place is a line). */
	row: number;
}

/**
 * The events given a DOM button: the laid-out marks nearest the view's centre (at most `cap`, so
 * the DOM stays small at any density), in lanes drawn as density bins the events nearest the
 * centre (so keyboard and screen reader always have events to land on), plus the selected event
 * wherever it is drawn; in time order so that reading order is time order.
 */
export function focusItems(
	layout: readonly LaneLayout[],
	index: EventIndex,
	selected: number | null,
	view: { start: number; end: number },
	width: number,
	cap = 120
): FocusItem[] {
	let items: FocusItem[] = [];
	layout.forEach((l, lane) => {
		if (l.kind === 'marks')
			for (const m of l.marks) items.push({ i: m.i, lane, x0: m.x0, x1: m.x1, row: m.row });
	});
	const dense = layout.map((l) => l.kind === 'density');
	if (dense.some(Boolean) && view.end > view.start)
		items.push(...nearCentre(index, dense, view, width, cap));
	if (items.length > cap) {
		const centre = width / 2;
		const distance = (f: FocusItem) => Math.abs((f.x0 + f.x1) / 2 - centre);
		items = items.sort((a, b) => distance(a) - distance(b)).slice(0, cap);
	}
	if (selected !== null && !items.some((f) => f.i === selected)) {
		const start = index.starts[selected];
		const end = index.ends[selected];
		if (start !== undefined && end !== undefined && end > view.start && start < view.end)
			items.push(unplaced(index, selected, view, width));
	}
	return items.sort((a, b) => a.i - b.i);
}

/** A button for an event not drawn on its own: a thin target at its time across its lane. */
function unplaced(
	index: EventIndex,
	i: number,
	view: { start: number; end: number },
	width: number
): FocusItem {
	const start = index.starts[i]!;
	const end = index.ends[i]!;
	const lx =
		((index.points[i] ? (start + end) / 2 : Math.max(start, view.start)) - view.start) *
		(width / (view.end - view.start));
	return { i, lane: index.lanes[i]!, x0: lx - 4, x1: lx + 4, row: -1 };
}

/** Events of the dense lanes starting nearest the view's centre, going outwards both ways. */
function nearCentre(
	index: EventIndex,
	dense: readonly boolean[],
	view: { start: number; end: number },
	width: number,
	cap: number
): FocusItem[] {
	const out: FocusItem[] = [];
	const { starts } = index;
	const centre = (view.start + view.end) / 2;
	// Events that start in view; a long span that began earlier is still reached by the arrows.
	const lo = bisect(starts, view.start);
	const hi = bisect(starts, view.end);
	let after = Math.max(lo, bisect(starts, centre));
	let before = after - 1;
	while (out.length < cap && (before >= lo || after < hi)) {
		const useAfter =
			before < lo || (after < hi && starts[after]! - centre < centre - starts[before]!);
		const i = useAfter ? after++ : before--;
		if (dense[index.lanes[i]!]) out.push(unplaced(index, i, view, width));
	}
	return out;
}

/** The tooltip target of a focused button: its mark, or its lane's first row when in a badge or bin. */
export function focusTarget(f: FocusItem, g: Geometry): Extract<HitTarget, { kind: 'event' }> {
	const top = f.row < 0 ? g.laneTops[f.lane]! + g.rowsTop : rowTop(g, f.lane, f.row);
	return { kind: 'event', i: f.i, lane: f.lane, x0: f.x0, x1: f.x1, top };
}
