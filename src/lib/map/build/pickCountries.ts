import type { GeoJsonProperties } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { ISO_NUMERIC_TO_ISO3, roleOf, type CountryRole } from './countryCodes';

export interface PickedGeometry {
	iso3: string;
	role: CountryRole;
	geometry: GeometryObject<GeoJsonProperties>;
}

/**
 * The topology's country geometries the map draws, tagged with ISO3 and role, sorted by ISO3 so
 * the output is stable whatever the table's key order. Geometries without an id (Natural Earth's disputed areas) or outside the table are
 * left out. Throws when a listed country is missing, so a changed upstream file fails the build
 * rather than silently dropping a member.
 */
export function pickCountries(
	topology: Topology,
	table: Readonly<Record<string, string>> = ISO_NUMERIC_TO_ISO3,
	objectName = 'countries'
): PickedGeometry[] {
	const object = topology.objects[objectName];
	if (object?.type !== 'GeometryCollection') {
		throw new Error(`topology has no "${objectName}" geometry collection`);
	}
	const collection = object as GeometryCollection<GeoJsonProperties>;
	const byId = new Map<string, GeometryObject<GeoJsonProperties>>();
	for (const g of collection.geometries) {
		if (g.id !== undefined && g.type !== null) byId.set(String(g.id), g);
	}
	const entries = Object.entries(table).sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
	return entries.map(([numeric, iso3]) => {
		const geometry = byId.get(numeric);
		if (!geometry) throw new Error(`country ${iso3} (${numeric}) not found in the topology`);
		return { iso3, role: roleOf(iso3), geometry };
	});
}
