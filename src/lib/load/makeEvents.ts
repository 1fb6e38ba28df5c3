import { NONE, type ColumnsLike, type IndexTables } from '$lib/model/compactIndex';
import type { IndexEvent } from '$lib/model/schema';

/**
 * The events at positions [from, to), as expandEvents makes them (the same keys in the same
 * order, the tables' objects shared), each written as one object literal of its final shape.
 * expandEvents adds `end`, `title`, … to a three-key object, which gives every event a second
 * allocation for the keys added later; on the page, 100,000 of them filled the young generation
 * and its scavenges were most of each slice's time.
 */
export function makeEvents(
	events: ColumnsLike,
	tables: IndexTables,
	from = 0,
	to = events.id.length
): IndexEvent[] {
	const { types, dates, titles, places, countryLists, participations } = tables;
	const out = new Array<IndexEvent>(Math.max(0, to - from));
	for (let i = from; i < to; i++) {
		const end = events.end[i]!;
		const p = events.place[i]!;
		const a = events.participation[i]!;
		const id = events.id[i]!;
		const type = types[events.type[i]!]!;
		const date = dates[events.date[i]!]!;
		const title = titles[events.title[i]!]!;
		const place = p === NONE ? null : places[p]!;
		const countries = countryLists[events.countries[i]!]!;
		// Keys in the event set's order, as expandEvents writes them.
		out[i - from] =
			end === NONE
				? a === NONE
					? { id, type, date, title, place, countries }
					: { id, type, date, title, place, countries, participation: participations[a]! }
				: a === NONE
					? { id, type, date, end: dates[end]!, title, place, countries }
					: {
							id,
							type,
							date,
							end: dates[end]!,
							title,
							place,
							countries,
							participation: participations[a]!
						};
	}
	return out;
}
