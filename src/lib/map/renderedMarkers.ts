import { besideOffset } from './besideMarkers';
import { screenRadius } from './countRadius';
import type { ScreenMarker } from './placeLabels';

/** What the map returns for a drawn marker (a MapGeoJSONFeature's part this reads). */
export interface RenderedMarker {
	geometry: { type: string; coordinates?: unknown };
	properties: Record<string, unknown>;
}

/** A grouped marker's count, to be written on it. */
export interface MarkerCount {
	key: string;
	n: number;
	x: number;
	y: number;
}

/**
 * The markers on screen, once each (a marker straddling a tile edge is returned once per tile),
 * at their drawn position (a marker beside a small country is translated by its offset), with the
 * counts of those that hold more than one event. `project` maps [lon, lat] to CSS pixels. Pure.
 */
export function renderedMarkers(
	features: readonly RenderedMarker[],
	project: (lonLat: [number, number]) => { x: number; y: number },
	zoom: number
): { drawn: ScreenMarker[]; counts: MarkerCount[] } {
	const drawn: ScreenMarker[] = [];
	const counts: MarkerCount[] = [];
	const seen = new Set<string>();
	for (const f of features) {
		if (f.geometry.type !== 'Point' || !Array.isArray(f.geometry.coordinates)) continue;
		const p = f.properties;
		const n = Number(p.total ?? p.count ?? 1);
		const key = p.cluster_id !== undefined ? `c${String(p.cluster_id)}` : `p${String(p.ids)}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const [lon = 0, lat = 0] = f.geometry.coordinates as number[];
		const [dx, dy] = typeof p.beside === 'string' ? besideOffset(p.beside, zoom) : [0, 0];
		const at = project([lon, lat]);
		const x = at.x + dx;
		const y = at.y + dy;
		drawn.push({ x, y, r: screenRadius(n) });
		if (n > 1) counts.push({ key, n, x, y });
	}
	return { drawn, counts };
}
