import { toIsoDay } from '$lib/model/partialDate';
import { EVENT_TYPES } from '$lib/model/schema';
import type { TimeWindow } from '$lib/state/explorer.svelte';
import { NO_TYPES, QUERY_KEYS, type ViewQuery } from './viewQuery';

/**
 * Writes the view as a query string (without `?`), leaving out every default so the plain home
 * page stays `/`. Keys come in a fixed order so equal views give equal strings.
 */
export function serializeViewQuery(query: ViewQuery, extent: TimeWindow): string {
	const params = new URLSearchParams();
	if (query.event !== null) params.set(QUERY_KEYS.event, query.event);
	if (query.country !== null) params.set(QUERY_KEYS.country, query.country);
	const from = toIsoDay(query.view.start);
	// `to` is inclusive: the day holding the last instant of the window.
	const to = toIsoDay(Math.max(query.view.start, query.view.end - 1));
	const whole =
		from === toIsoDay(extent.start) && to === toIsoDay(Math.max(extent.start, extent.end - 1));
	if (!whole) {
		params.set(QUERY_KEYS.from, from);
		params.set(QUERY_KEYS.to, to);
	}
	const types = EVENT_TYPES.filter((t) => query.types.includes(t));
	if (types.length === 0) params.set(QUERY_KEYS.types, NO_TYPES);
	else if (types.length < EVENT_TYPES.length) params.set(QUERY_KEYS.types, types.join(','));
	if (query.matrix) params.set(QUERY_KEYS.matrix, '1');
	if (query.q) params.set(QUERY_KEYS.q, query.q);
	if (query.embed) params.set(QUERY_KEYS.embed, '1');
	// Commas in `types` are safe in a query; keeping them readable makes links easier to edit.
	return params.toString().replaceAll('%2C', ',');
}
