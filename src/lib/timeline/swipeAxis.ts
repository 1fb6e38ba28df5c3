/**
 * Which way a one-finger swipe goes, once it has moved far enough to tell: 'y' when it is more
 * vertical than horizontal, 'x' otherwise, null while it is still within `slop` px of its start.
 */
export function swipeAxis(dx: number, dy: number, slop = 6): 'x' | 'y' | null {
	if (Math.hypot(dx, dy) < slop) return null;
	return Math.abs(dy) > Math.abs(dx) ? 'y' : 'x';
}
