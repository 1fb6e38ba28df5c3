export interface ScreenPoint {
	x: number;
	y: number;
}

export interface ScreenMarker extends ScreenPoint {
	/** Drawn radius in CSS pixels. */
	r: number;
}

/**
 * Moves a country label off any marker it would cover: below the lowest marker it overlaps, by
 * the marker's radius plus half a line. Markers matter more than names (they are what you click),
 * and capitals, where events happen, are often near a country's middle. Labels that are clear
 * stay where they are. Pure; coordinates are the map's CSS pixels.
 */
export function placeLabels<T extends ScreenPoint>(
	labels: readonly T[],
	markers: readonly ScreenMarker[],
	halfWidth = 30,
	halfHeight = 9
): T[] {
	return labels.map((label) => {
		let y = label.y;
		for (let pass = 0; pass < 3; pass++) {
			const hit = markers.filter(
				(mk) =>
					Math.abs(mk.x - label.x) < halfWidth + mk.r && Math.abs(mk.y - y) < halfHeight + mk.r
			);
			if (hit.length === 0) break;
			y = Math.max(...hit.map((mk) => mk.y + mk.r + halfHeight + 2));
		}
		return y === label.y ? label : { ...label, y };
	});
}
