/** The rows a scrolled list draws: [first, end) of `count` rows of `rowHeight` px. */
export interface VirtualRange {
	first: number;
	end: number;
}

/**
 * Rows visible in a viewport scrolled to `scrollTop`, plus `overscan` on each side, so that Tab
 * and the browser's scroll-into-view always find the next row drawn before it is needed.
 */
export function virtualRange(
	scrollTop: number,
	viewportHeight: number,
	rowHeight: number,
	count: number,
	overscan = 8
): VirtualRange {
	if (count <= 0 || rowHeight <= 0) return { first: 0, end: 0 };
	const top = Math.max(0, Math.floor(scrollTop / rowHeight));
	const shown = Math.max(1, Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1);
	const first = Math.min(count - 1, Math.max(0, top - overscan));
	const end = Math.min(count, top + shown + overscan);
	return { first, end: Math.max(end, first + 1) };
}
