import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';

/** A polygon as rings of [lon, lat]: the first ring outer, the rest holes. */
export type Rings = Position[][];

/**
 * Converts one country's topology geometry to a list of polygons. Countries are areas, so any
 * other geometry type is an error rather than something to draw.
 */
export function toPolygons(topology: Topology, geometry: GeometryObject): Rings[] {
	const g = feature(topology, geometry).geometry as Polygon | MultiPolygon | null;
	if (g?.type === 'Polygon') return [g.coordinates];
	if (g?.type === 'MultiPolygon') return g.coordinates;
	throw new Error(`expected a polygon, got ${g ? g.type : 'nothing'}`);
}
