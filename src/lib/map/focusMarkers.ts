import type { FeatureCollection, Point } from 'geojson';
import type { IndexEvent } from '$lib/model/schema';
import { BESIDE } from './besideMarkers';

export type FocusKind = 'selected' | 'hovered';
export interface FocusProperties {
	kind: FocusKind;
	beside?: string;
}

/**
 * The ring drawn around the selected and the hovered event, as its own small source so changing
 * the selection never re-clusters the markers. An event without a place gives no ring.
 */
export function focusMarkers(
	selected: IndexEvent | null,
	hovered: IndexEvent | null
): FeatureCollection<Point, FocusProperties> {
	const features: FeatureCollection<Point, FocusProperties>['features'] = [];
	const add = (e: IndexEvent | null, kind: FocusKind) => {
		if (!e?.place) return;
		// The ring goes where the marker is drawn: beside a small country, like its marker.
		const beside = e.place.country in BESIDE ? { beside: e.place.country } : {};
		features.push({
			type: 'Feature',
			properties: { kind, ...beside },
			geometry: { type: 'Point', coordinates: [e.place.lon, e.place.lat] }
		});
	};
	if (hovered && hovered.id !== selected?.id) add(hovered, 'hovered');
	add(selected, 'selected');
	return { type: 'FeatureCollection', features };
}
