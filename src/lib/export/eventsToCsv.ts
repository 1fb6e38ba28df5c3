import type { AtlasEvent, Country } from '$lib/model/schema';
import { toCsv } from './toCsv';

export const EVENT_COLUMNS = [
	'id',
	'type',
	'date',
	'end',
	'title_en',
	'title_ar',
	'place_en',
	'place_ar',
	'place_country',
	'lon',
	'lat',
	'countries',
	'countries_en',
	'sources',
	'permalink'
] as const;

/** One row per event; `countries` as ISO3 codes joined by `;`, `permalink` from `linkOf`. */
export function eventsToCsv(
	events: readonly AtlasEvent[],
	countries: Readonly<Record<string, Country>>,
	linkOf: (id: string) => string
): string {
	return toCsv(
		EVENT_COLUMNS,
		events.map((e) => [
			e.id,
			e.type,
			e.date,
			e.end ?? '',
			e.title.en,
			e.title.ar,
			e.place?.name.en,
			e.place?.name.ar,
			e.place?.country,
			e.place?.lon,
			e.place?.lat,
			e.countries.join(';'),
			e.countries.map((c) => countries[c]?.name.en ?? c).join(';'),
			e.sources.length,
			linkOf(e.id)
		])
	);
}
