import type { AtlasEvent, EventType } from '$lib/model/schema';

/** A minimal valid event; only what the timeline reads matters here. */
export function ev(id: string, type: EventType, date: string, end?: string): AtlasEvent {
	const e: AtlasEvent = {
		id: `${date}-${type}-${id}`,
		type,
		date,
		title: { en: id, ar: id },
		place: null,
		countries: [],
		sources: [{ article: 'a', start: 0, end: 1, quote: 'x', claims: {} }]
	};
	if (end !== undefined) e.end = end;
	return e;
}

export const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
export const EXTENT = { start: utc(2021, 1, 1), end: utc(2024, 1, 1) };
