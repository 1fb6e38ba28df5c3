/**
 * The event the keyboard moves to, as a position in start order. From a current event it is the
 * next or previous one; with none, the first at or after the anchor (the view's centre) going
 * forward, the last at or before it going back. null when there is nowhere to go.
 */
export function stepEvent(
	starts: ArrayLike<number>,
	current: number | null,
	direction: 1 | -1,
	anchor: number
): number | null {
	const n = starts.length;
	if (n === 0) return null;
	if (current !== null && current >= 0 && current < n) {
		const next = current + direction;
		return next >= 0 && next < n ? next : null;
	}
	let lo = 0;
	let hi = n;
	// First start ≥ anchor going forward; first start > anchor, minus one, going back.
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (direction === 1 ? starts[mid]! < anchor : starts[mid]! <= anchor) lo = mid + 1;
		else hi = mid;
	}
	const found = direction === 1 ? lo : lo - 1;
	return found >= 0 && found < n ? found : null;
}

/**
 * Time direction of an arrow key: → is later on a left-to-right axis and earlier on a
 * right-to-left one, so the selection always moves the way the arrow points.
 */
export function arrowDirection(key: 'ArrowLeft' | 'ArrowRight', rtl: boolean): 1 | -1 {
	return (key === 'ArrowRight') !== rtl ? 1 : -1;
}
