import type { Article, AtlasEvent, Country } from '$lib/model/schema';

/** What an event's own page hands the explorer so the event is in the prerendered HTML. */
export interface InitialEvent {
	event: AtlasEvent;
	/** The articles its sources cite. */
	articles: Article[];
	/** The countries it names. */
	countries: Record<string, Country>;
	/** Where the articles' texts are (EventSet['generation']). */
	generation?: string;
}
