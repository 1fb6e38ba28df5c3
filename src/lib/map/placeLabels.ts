export interface ScreenPoint {
	x: number;
	y: number;
}

export interface ScreenMarker extends ScreenPoint {
	/** Drawn radius in CSS pixels. */
	r: number;
}

export interface ScreenLabel extends ScreenPoint {
	text: string;
}

/** Half a label's box, estimated from its length: the overlay is placed before it is measured. */
const halfWidthOf = (text: string) => Math.max(16, text.length * 3.8);
const HALF_HEIGHT = 9;

/**
 * Moves country labels off the markers and off each other: a label that would cover a marker or
 * an earlier label goes just below it, up to a few times. Markers matter more than names (they
 * are what you click), and capitals, where events happen, are often near a country's middle.
 * Labels that are clear stay where they are. Pure; coordinates are the map's CSS pixels.
 */
export function placeLabels<T extends ScreenLabel>(
	labels: readonly T[],
	markers: readonly ScreenMarker[]
): T[] {
	const placed: T[] = [];
	for (const label of labels) {
		const w = halfWidthOf(label.text);
		let y = label.y;
		for (let pass = 0; pass < 4; pass++) {
			const below: number[] = [];
			for (const mk of markers)
				if (Math.abs(mk.x - label.x) < w + mk.r && Math.abs(mk.y - y) < HALF_HEIGHT + mk.r)
					below.push(mk.y + mk.r + HALF_HEIGHT + 2);
			for (const other of placed)
				if (
					Math.abs(other.x - label.x) < w + halfWidthOf(other.text) &&
					Math.abs(other.y - y) < 2 * HALF_HEIGHT
				)
					below.push(other.y + 2 * HALF_HEIGHT + 1);
			if (below.length === 0) break;
			y = Math.max(...below);
		}
		placed.push(y === label.y ? label : { ...label, y });
	}
	return placed;
}
