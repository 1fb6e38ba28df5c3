const EVENT_PATH = /^\/events\/([^/]+)\/?$/;

/** The path of an event's own page. Ids are slugs, but encode anyway: ids come from data. */
export function eventPath(id: string): string {
	return `/events/${encodeURIComponent(id)}`;
}

/** The event id in an (unlocalised) event page path, or null for any other path. */
export function eventIdFromPath(pathname: string): string | null {
	const match = EVENT_PATH.exec(pathname);
	if (!match) return null;
	try {
		return decodeURIComponent(match[1]!);
	} catch {
		return null;
	}
}
