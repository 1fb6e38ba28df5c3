import type { EventSet } from '$lib/model/schema';

/** A country's name in the locale, falling back to its ISO3 code when the data lacks it. */
export function countryName(
	data: Pick<EventSet, 'countries'>,
	iso3: string,
	locale: 'ar' | 'en'
): string {
	return data.countries[iso3]?.name[locale] ?? iso3;
}
