import { normalizeText } from '$lib/search/normalizeText';

/**
 * A place with its country, naming the country once: "Minsk, Belarus", but "Kazakhstan" when the
 * place the sources give is the country itself (not "Kazakhstan, Kazakhstan").
 */
export function placeText(place: string, country: string, join: (p: string, c: string) => string) {
	return normalizeText(place) === normalizeText(country) ? place : join(place, country);
}
