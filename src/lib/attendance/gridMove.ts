export interface GridCell {
	row: number;
	col: number;
}

/**
 * Where a key moves the active cell of a grid of `rows` × `cols` (data cells only). Arrows move
 * one cell, Home/End to the row's first and last cell, Ctrl+Home/End to the grid's corners. In
 * a right-to-left page the columns run right to left, so ← and → swap. Null for any other key.
 */
export function gridMove(
	key: string,
	at: GridCell,
	size: { rows: number; cols: number },
	options: { rtl?: boolean; ctrl?: boolean } = {}
): GridCell | null {
	const last = { row: size.rows - 1, col: size.cols - 1 };
	const clamp = (row: number, col: number): GridCell => ({
		row: Math.min(Math.max(row, 0), last.row),
		col: Math.min(Math.max(col, 0), last.col)
	});
	const forward = options.rtl ? 'ArrowLeft' : 'ArrowRight';
	const back = options.rtl ? 'ArrowRight' : 'ArrowLeft';
	switch (key) {
		case forward:
			return clamp(at.row, at.col + 1);
		case back:
			return clamp(at.row, at.col - 1);
		case 'ArrowDown':
			return clamp(at.row + 1, at.col);
		case 'ArrowUp':
			return clamp(at.row - 1, at.col);
		case 'Home':
			return options.ctrl ? clamp(0, 0) : clamp(at.row, 0);
		case 'End':
			return options.ctrl ? clamp(last.row, last.col) : clamp(at.row, last.col);
		default:
			return null;
	}
}
