/** The path of an event's own page. Ids are slugs, but encode anyway: ids come from data. */
export function eventPath(id: string): string {
	return `/events/${encodeURIComponent(id)}`;
}
