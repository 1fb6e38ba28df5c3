import { LANES } from './lanes';

export interface Geometry {
	axisHeight: number;
	laneTops: number[];
	laneHeight: number;
	/** Offset of the first row of marks below a lane's top, leaving room for its label. */
	rowsTop: number;
	rowHeight: number;
	/** Rows for single marks; the count badges take the row after them. */
	rows: number;
	bandTop: number;
	bandHeight: number;
	/** Height of the drawn area: axis, lanes and status band. */
	height: number;
}

/** Vertical layout from the lane height, the one size a page may want to change. */
export function timelineGeometry(laneHeight = 60): Geometry {
	const axisHeight = 36;
	const rowsTop = 16;
	const rowHeight = 10;
	const rows = Math.max(1, Math.floor((laneHeight - rowsTop - 2) / rowHeight) - 1);
	const laneTops = LANES.map((_, i) => axisHeight + i * laneHeight);
	const bandTop = axisHeight + LANES.length * laneHeight + 6;
	const bandHeight = 26;
	return {
		axisHeight,
		laneTops,
		laneHeight,
		rowsTop,
		rowHeight,
		rows,
		bandTop,
		bandHeight,
		height: bandTop + bandHeight
	};
}

/** Top of a row of marks (the badge row is `rows`). */
export function rowTop(g: Geometry, lane: number, row: number): number {
	return g.laneTops[lane]! + g.rowsTop + row * g.rowHeight;
}
