import type { Bilingual, Country } from '$lib/model/schema';

/** Text in the page's language, and the other language's text to show beside it. */
export function localName(
	text: Bilingual,
	locale: string
): { main: string; other: string; otherLang: 'ar' | 'en' } {
	return locale === 'ar'
		? { main: text.ar, other: text.en, otherLang: 'en' }
		: { main: text.en, other: text.ar, otherLang: 'ar' };
}

/** A country's name in the page's language; its ISO3 code when the data does not name it. */
export function countryName(
	code: string,
	countries: Readonly<Record<string, Country>>,
	locale: string
): string {
	const country = Object.hasOwn(countries, code) ? countries[code] : undefined;
	if (!country) return code;
	return locale === 'ar' ? country.name.ar : country.name.en;
}
