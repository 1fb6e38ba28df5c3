import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { CountryRole } from './countryCodes';
import { labelPoint } from './labelPoint';
import { pickCountries } from './pickCountries';
import { roundRings } from './roundRings';
import { simplifyRings } from './simplifyRings';
import { toPolygons } from './toPolygons';
import { unwrapAntimeridian } from './unwrapAntimeridian';

export interface CountryProperties {
	iso3: string;
	role: CountryRole;
	/** [lon, lat] inside the country's largest part, where its HTML label goes. */
	label: Position;
}

export type CountryFeature = Feature<MultiPolygon, CountryProperties>;
export type CountryCollection = FeatureCollection<MultiPolygon, CountryProperties>;

/**
 * The map's country layer from a Natural Earth topology: the picked countries as MultiPolygons,
 * unwrapped across the antimeridian, simplified, rounded, tagged with ISO3, role and a label point.
 */
export function buildCountries(
	topology: Topology,
	{ digits = 4, tolerance = 0.02 }: { digits?: number; tolerance?: number } = {}
): CountryCollection {
	const features = pickCountries(topology).map(({ iso3, role, geometry }): CountryFeature => {
		const unwrapped = unwrapAntimeridian(toPolygons(topology, geometry));
		const polygons = roundRings(simplifyRings(unwrapped, tolerance), digits);
		if (polygons.length === 0) throw new Error(`country ${iso3} has no polygon left`);
		return {
			type: 'Feature',
			properties: { iso3, role, label: labelPoint(polygons) },
			geometry: { type: 'MultiPolygon', coordinates: polygons }
		};
	});
	return { type: 'FeatureCollection', features };
}
