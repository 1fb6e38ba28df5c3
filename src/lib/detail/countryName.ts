import type { Country } from '$lib/model/schema';

/** A country's name in the page's language; the code itself when the data does not name it. */
export function countryName(
	code: string,
	countries: Readonly<Record<string, Country>>,
	locale: string
): string {
	const country = Object.hasOwn(countries, code) ? countries[code] : undefined;
	if (!country) return code;
	return locale === 'ar' ? country.name.ar : country.name.en;
}
