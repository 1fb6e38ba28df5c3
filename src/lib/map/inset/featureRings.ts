import type { CountryCollection } from '../build/buildCountries';
import type { InsetFeature } from './insetPaths';

/** Every ring of every polygon of each country, for the inset. */
export function featureRings(collection: CountryCollection): InsetFeature[] {
	return collection.features.map((f) => ({
		iso3: f.properties.iso3,
		role: f.properties.role,
		rings: f.geometry.coordinates.flat()
	}));
}
