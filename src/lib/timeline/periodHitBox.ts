/** The smallest pointer target WCAG 2.2 asks for (2.5.8, Target Size (Minimum)), in px. */
export const MIN_TARGET = 24;

/**
 * Where a status period's button lies, relative to the period's own left edge: the period itself
 * when it is at least `min` px wide, else `min` px centred on it and kept inside the band, so a
 * period of a few days can still be tapped while the band draws it at its true width.
 */
export function periodHitBox(
	left: number,
	width: number,
	bandWidth: number,
	min = MIN_TARGET
): { offset: number; width: number } {
	if (width >= min || bandWidth <= width) return { offset: 0, width };
	const size = Math.min(min, bandWidth);
	const start = Math.max(0, Math.min(bandWidth - size, left + width / 2 - size / 2));
	return { offset: start - left, width: size };
}
