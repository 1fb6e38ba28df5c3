import type { Feature, GeoJsonProperties, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';

/** A polygon as rings of [lon, lat]: the first ring outer, the rest holes. */
export type Rings = Position[][];

/**
 * Converts one country's topology geometry to a list of polygons. Countries are areas, so any
 * other geometry type is an error rather than something to draw.
 */
export function toPolygons(topology: Topology, geometry: GeometryObject<GeoJsonProperties>): Rings[] {
	// One geometry object gives one Feature; topojson-client's overloads cannot see that.
	const f = feature(topology, geometry) as Feature<Geometry | null>;
	const g = f.geometry as Polygon | MultiPolygon | Geometry | null;
	if (g?.type === 'Polygon') return [g.coordinates];
	if (g?.type === 'MultiPolygon') return g.coordinates;
	throw new Error(`expected a polygon, got ${g ? g.type : 'nothing'}`);
}
