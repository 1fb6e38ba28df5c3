import type { LngLatBoundsLike } from 'maplibre-gl';

/**
 * The opening view: from Belarus to Lake Baikal, the Caucasus to the Arctic coast, where nearly
 * every CSTO event happens; Russia's far east is a pan away. Longitudes west → east.
 */
export const INITIAL_BOUNDS: LngLatBoundsLike = [
	[23, 36],
	[112, 68]
];
