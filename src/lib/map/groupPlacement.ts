/** Where the list of a place's events opens, in the map's CSS pixels. */
export interface GroupPlacement {
	x: number;
	y: number;
	/** Opens above the marker (it is low on the map). */
	above: boolean;
	/** Height left for the list between the marker and the map's edge, less its heading. */
	room: number;
}

/**
 * Keeps the list inside a map of `width` × `height`: centred on the marker where it fits, above it
 * when the marker is low. Pure.
 */
export function groupPlacement(
	x: number,
	y: number,
	width: number,
	height: number
): GroupPlacement {
	const half = Math.min(160, width * 0.4);
	const above = y > height * 0.45;
	return {
		x: Math.min(Math.max(x, half + 4), width - half - 4),
		y,
		above,
		room: Math.max(96, (above ? y : height - y) - 64)
	};
}
