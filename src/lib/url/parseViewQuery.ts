import { isPartialDate, dateSpan } from '$lib/model/partialDate';
import { EVENT_TYPES, type EventType } from '$lib/model/schema';
import type { TimeWindow } from '$lib/state/explorer.svelte';
import { NO_TYPES, QUERY_KEYS, type QueryContext, type ViewQuery } from './viewQuery';

/** Longest value looked at: ids and codes are short; anything longer is not ours. */
const MAX_VALUE = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO3 = /^[A-Z]{3}$/;

function values(params: URLSearchParams, key: string): string[] {
	return params
		.getAll(key)
		.map((v) => v.trim())
		.filter((v) => v.length > 0 && v.length <= MAX_VALUE);
}

function parseEvent(params: URLSearchParams, ctx: QueryContext): string | null {
	return values(params, QUERY_KEYS.event).find((id) => ctx.hasEvent(id)) ?? null;
}

function parseCountry(params: URLSearchParams, ctx: QueryContext): string | null {
	return (
		values(params, QUERY_KEYS.country)
			.map((c) => c.toUpperCase())
			.find((c) => ISO3.test(c) && ctx.hasCountry(c)) ?? null
	);
}

/** `types=summit,clash` (or repeated `types=`): known names kept, anything else ignored. */
function parseTypes(params: URLSearchParams): EventType[] {
	const raw = values(params, QUERY_KEYS.types);
	if (raw.length === 0) return [...EVENT_TYPES];
	const names = new Set(raw.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()));
	const known = EVENT_TYPES.filter((t) => names.has(t));
	if (known.length > 0) return known;
	// Only an explicit `none` means an empty filter; garbage falls back to showing everything.
	return names.size === 1 && names.has(NO_TYPES) ? [] : [...EVENT_TYPES];
}

function day(params: URLSearchParams, key: string): string | null {
	const v = values(params, key)[0];
	return v !== undefined && DAY.test(v) && isPartialDate(v) ? v : null;
}

/**
 * `from` and `to` are inclusive UTC days. A missing bound is the extent's; an inverted, invalid
 * or wholly out-of-range window falls back to the whole extent.
 */
function parseView(params: URLSearchParams, extent: TimeWindow): TimeWindow {
	const from = day(params, QUERY_KEYS.from);
	const to = day(params, QUERY_KEYS.to);
	const start = Math.max(extent.start, from === null ? extent.start : dateSpan(from).start);
	const end = Math.min(extent.end, to === null ? extent.end : dateSpan(to).end);
	if (from !== null && to !== null && from > to) return { ...extent };
	return end > start ? { start, end } : { ...extent };
}

/**
 * Reads the explorer's view from a query string. Never throws: every value that is malformed,
 * unknown to the data or out of range falls back to its default.
 */
export function parseViewQuery(params: URLSearchParams, ctx: QueryContext): ViewQuery {
	const query: ViewQuery = {
		event: parseEvent(params, ctx),
		country: parseCountry(params, ctx),
		types: parseTypes(params),
		view: parseView(params, ctx.extent)
	};
	if (values(params, QUERY_KEYS.matrix)[0] === '1') query.matrix = true;
	const q = values(params, QUERY_KEYS.q)[0];
	if (q !== undefined) query.q = q;
	if (values(params, QUERY_KEYS.embed)[0] === '1') query.embed = true;
	return query;
}
