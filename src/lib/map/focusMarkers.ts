import type { FeatureCollection, Point } from 'geojson';
import type { AtlasEvent } from '$lib/model/schema';

export type FocusKind = 'selected' | 'hovered';

/**
 * The ring drawn around the selected and the hovered event, as its own small source so changing
 * the selection never re-clusters the markers. An event without a place gives no ring.
 */
export function focusMarkers(
	selected: AtlasEvent | null,
	hovered: AtlasEvent | null
): FeatureCollection<Point, { kind: FocusKind }> {
	const features: FeatureCollection<Point, { kind: FocusKind }>['features'] = [];
	const add = (e: AtlasEvent | null, kind: FocusKind) => {
		if (!e?.place) return;
		features.push({
			type: 'Feature',
			properties: { kind },
			geometry: { type: 'Point', coordinates: [e.place.lon, e.place.lat] }
		});
	};
	if (hovered && hovered.id !== selected?.id) add(hovered, 'hovered');
	add(selected, 'selected');
	return { type: 'FeatureCollection', features };
}
