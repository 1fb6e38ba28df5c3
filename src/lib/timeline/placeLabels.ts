import type { LaneLayout } from './layoutView';

export interface PlacedLabel {
	/** Position in the EventIndex. */
	i: number;
	lane: number;
	row: number;
	/** Left-to-right pixels from the window's start (mirror for RTL), like the marks. */
	x: number;
	/** Room up to the next mark in the row (or the edge); the text is cut with an ellipsis there. */
	width: number;
}

/**
 * Titles beside single marks: each label starts just after its mark, in the mark's own row, and
 * ends before the next mark of that row, so labels never overlap each other or a mark. A label
 * with less than `minWidth` of room is left out; lanes drawn as density bins get none (their
 * counts stay). At most `cap` labels, for large data sets.
 */
export function placeLabels(
	lanes: readonly LaneLayout[],
	width: number,
	minWidth = 28,
	gap = 4,
	cap = 300
): PlacedLabel[] {
	const out: PlacedLabel[] = [];
	lanes.forEach((layout, lane) => {
		if (layout.kind !== 'marks') return;
		const rows = new Map<number, typeof layout.marks>();
		for (const m of layout.marks) {
			if (m.row < 0) continue;
			const list = rows.get(m.row);
			if (list) list.push(m);
			else rows.set(m.row, [m]);
		}
		for (const [row, marks] of rows) {
			const sorted = [...marks].sort((a, b) => a.x0 - b.x0);
			sorted.forEach((m, k) => {
				const start = Math.max(0, m.x1 + gap);
				const next = sorted[k + 1];
				const end = Math.min(width, next ? next.x0 - gap : width);
				if (end - start >= minWidth && out.length < cap)
					out.push({ i: m.i, lane, row, x: start, width: end - start });
			});
		}
	});
	return out;
}
