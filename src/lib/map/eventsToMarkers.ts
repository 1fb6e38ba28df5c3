import type { FeatureCollection, Point } from 'geojson';
import type { AtlasEvent } from '$lib/model/schema';
import { eventSpan } from '$lib/model/partialDate';

export interface MarkerProperties {
	/** The ids of the events at this place, space-separated (ids are slugs without spaces). */
	ids: string;
	/** How many events share the place; MapLibre sums it when it clusters nearby markers. */
	count: number;
	/** 1 when at least one of the events overlaps the timeline's visible window, else 0. */
	inView: 0 | 1;
	/** The small country the marker is drawn beside (besideMarkers.ts), when it is. */
	beside?: string;
}

export type MarkerCollection = FeatureCollection<Point, MarkerProperties>;

/**
 * One marker per place: events at the same coordinates (rounded to ~100 m) share a marker, since
 * no zoom level could pull them apart; MapLibre's clustering then groups markers that are merely
 * near. Events with no place are not on the map. Markers come out sorted by place so the output
 * does not depend on event order.
 */
export function eventsToMarkers(
	events: readonly AtlasEvent[],
	view?: { start: number; end: number }
): MarkerCollection {
	const groups = new Map<string, { lon: number; lat: number; ids: string[]; inView: boolean }>();
	for (const e of events) {
		if (!e.place) continue;
		const lon = Math.round(e.place.lon * 1000) / 1000;
		const lat = Math.round(e.place.lat * 1000) / 1000;
		const key = `${lon},${lat}`;
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { lon, lat, ids: [], inView: false }));
		g.ids.push(e.id);
		if (!view) g.inView = true;
		else {
			const span = eventSpan(e.date, e.end);
			if (span.start < view.end && span.end > view.start) g.inView = true;
		}
	}
	const features = [...groups.values()]
		.sort((a, b) => a.lon - b.lon || a.lat - b.lat)
		.map((g) => ({
			type: 'Feature' as const,
			properties: {
				ids: g.ids.join(' '),
				count: g.ids.length,
				inView: g.inView ? 1 : 0
			} as MarkerProperties,
			geometry: { type: 'Point' as const, coordinates: [g.lon, g.lat] }
		}));
	return { type: 'FeatureCollection', features };
}
