import type { TimeWindow } from '$lib/state/explorer.svelte';
import { eventPath } from './eventPath';
import { serializeViewQuery } from './serializeViewQuery';
import type { ViewQuery } from './viewQuery';

/**
 * The link that reproduces a view. A selected event lives in the path, `/events/<id>`, because
 * that page is prerendered: a shared link then has the event's title and preview and reads
 * without JavaScript. The rest of the view rides in the query; the default view is plain `/`.
 */
export function viewHref(query: ViewQuery, extent: TimeWindow): string {
	const search = serializeViewQuery({ ...query, event: null }, extent);
	const path = query.event === null ? '/' : eventPath(query.event);
	return search === '' ? path : `${path}?${search}`;
}
