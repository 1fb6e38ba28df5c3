import { MEMBERS } from '$lib/model/members';
import type { AtlasEvent, EventSet } from '$lib/model/schema';
import { citedArticles } from './citedArticles';
import type { InitialEvent } from './initialEvent';

/**
 * The slice of the event set an event's page needs to render it: the event, the articles it cites
 * and the countries it names (members always, for the attendance table). Pages then carry a few
 * kilobytes each instead of the whole set.
 */
export function initialEventOf(data: EventSet, event: AtlasEvent): InitialEvent {
	const codes = new Set<string>([
		...MEMBERS,
		...event.countries,
		...Object.keys(event.participation ?? {}),
		...(event.place ? [event.place.country] : [])
	]);
	const countries: InitialEvent['countries'] = {};
	for (const code of codes)
		if (Object.hasOwn(data.countries, code)) countries[code] = data.countries[code]!;
	return {
		event,
		articles: citedArticles(
			data,
			event.sources.map((s) => s.article)
		),
		countries,
		...(data.generation === undefined ? {} : { generation: data.generation })
	};
}
