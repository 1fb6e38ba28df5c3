import type { IndexEvent, EventType } from './schema';

export interface EventFilter {
	/** ISO3 of the country the events must involve, or null for all. */
	country: string | null;
	/** Event types to keep; an empty set keeps none. */
	types: ReadonlySet<EventType>;
}

/** An event involves a country when it lists it, is placed in it, or records its attendance. */
export function involves(event: IndexEvent, country: string): boolean {
	return (
		event.countries.includes(country) ||
		event.place?.country === country ||
		(event.participation !== undefined && country in event.participation)
	);
}

export function filterEvents(events: readonly IndexEvent[], filter: EventFilter): IndexEvent[] {
	return events.filter(
		(e) => filter.types.has(e.type) && (filter.country === null || involves(e, filter.country))
	);
}
