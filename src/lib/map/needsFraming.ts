/** A country's box on screen, in CSS px. */
export interface ScreenBox {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Below this share of the map's area a filtered country is too small to see: zoom to it. */
export const SMALL_SHARE = 0.02;

/**
 * Whether filtering to a country should move the map: when any of it is outside the map, or when
 * it covers less than SMALL_SHARE of it (Armenia at the opening view). A country that is already
 * in full and large view is left where the reader put it.
 */
export function needsFraming(box: ScreenBox, width: number, height: number): boolean {
	const outside = box.left < 0 || box.top < 0 || box.right > width || box.bottom > height;
	const area = Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);
	return outside || area < SMALL_SHARE * width * height;
}
