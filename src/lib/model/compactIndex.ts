import type { Bilingual, EventSetIndex, IndexFile, IndexFileEvent, Place } from './schema';

/** A table of distinct values (by their JSON), each given its position once. */
function table<T>() {
	const rows: T[] = [];
	const at = new Map<string, number>();
	return {
		rows,
		ref(value: T): number {
			const key = JSON.stringify(value);
			let i = at.get(key);
			if (i === undefined) at.set(key, (i = rows.push(value) - 1));
			return i;
		}
	};
}

/**
 * The index as its file holds it: each distinct title and place written once, in tables, and
 * events naming them by position. At 100,000 events that halves the file and the work of parsing,
 * checking and copying it. expandIndex gives back the index exactly.
 */
export function compactIndex(index: EventSetIndex): IndexFile {
	const titles = table<Bilingual>();
	const places = table<Place>();
	const events = index.events.map((e): IndexFileEvent => {
		const { id, type, date, end, title, place, countries, participation } = e;
		// Keys in the index event's order, so the file reads the same way.
		return {
			id,
			type,
			date,
			...(end === undefined ? {} : { end }),
			title: titles.ref(title),
			place: place === null ? null : places.ref(place),
			countries,
			...(participation === undefined ? {} : { participation })
		};
	});
	return { ...index, events, titles: titles.rows, places: places.rows };
}

/** Events whose title or place is past its table's end: where, for a reader's message. */
export function badRefs(
	events: readonly IndexFileEvent[],
	file: Pick<IndexFile, 'titles' | 'places'>,
	offset = 0
): { path: string; message: string }[] {
	const problems: { path: string; message: string }[] = [];
	events.forEach((e, i) => {
		if (e.title >= file.titles.length)
			problems.push({ path: `events.${offset + i}.title`, message: 'no such title' });
		if (e.place !== null && e.place >= file.places.length)
			problems.push({ path: `events.${offset + i}.place`, message: 'no such place' });
	});
	return problems;
}

/** File events with their titles and places put back (check badRefs first). */
export function expandEvents(
	events: readonly IndexFileEvent[],
	file: Pick<IndexFile, 'titles' | 'places'>
): EventSetIndex['events'] {
	return events.map((e) => {
		const { id, type, date, end, countries, participation } = e;
		return {
			id,
			type,
			date,
			...(end === undefined ? {} : { end }),
			title: file.titles[e.title]!,
			place: e.place === null ? null : file.places[e.place]!,
			countries,
			...(participation === undefined ? {} : { participation })
		};
	});
}

/** The index a file holds (compactIndex undone); throws on a position past a table's end. */
export function expandIndex(file: IndexFile): EventSetIndex {
	const problems = badRefs(file.events, file);
	if (problems.length > 0)
		throw new Error(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
	const { titles, places, ...rest } = file;
	void titles;
	void places;
	return { ...rest, events: expandEvents(file.events, file) };
}
