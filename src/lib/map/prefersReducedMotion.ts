/** True when the reader asks for less motion: the map then jumps instead of easing. */
export function prefersReducedMotion(): boolean {
	return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
