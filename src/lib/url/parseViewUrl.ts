import { eventIdFromPath } from './eventPath';
import { parseViewQuery } from './parseViewQuery';
import type { QueryContext, ViewQuery } from './viewQuery';

/**
 * Reads a view from an (unlocalised) URL: an event page's id wins over `?event=`, and an
 * unknown id in the path falls back to the query's choice, then to none.
 */
export function parseViewUrl(url: URL, ctx: QueryContext): ViewQuery {
	const query = parseViewQuery(url.searchParams, ctx);
	const fromPath = eventIdFromPath(url.pathname);
	return fromPath !== null && ctx.hasEvent(fromPath) ? { ...query, event: fromPath } : query;
}
