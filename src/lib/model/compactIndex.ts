import type { EventSetIndex, IndexColumns, IndexEvent, IndexFile } from './schema';

/** The index file's tables: each distinct value an event entry takes, once. */
export type IndexTables = Pick<
	IndexFile,
	'types' | 'dates' | 'titles' | 'places' | 'countryLists' | 'participations'
>;

/**
 * The events' columns as a reader holds them: the file's JSON arrays, or typed arrays that the
 * data worker hands to the page without copying.
 */
export interface ColumnsLike {
	id: ArrayLike<string>;
	type: ArrayLike<number>;
	date: ArrayLike<number>;
	end: ArrayLike<number>;
	title: ArrayLike<number>;
	place: ArrayLike<number>;
	countries: ArrayLike<number>;
	participation: ArrayLike<number>;
}

/** Where -1 stands in an optional column: the event has no such entry. */
export const NONE = -1;

/** A table of distinct values (by `key`), each given its position once. */
function table<T>(key: (value: T) => string) {
	const rows: T[] = [];
	const at = new Map<string, number>();
	return {
		rows,
		ref(value: T): number {
			const k = key(value);
			let i = at.get(k);
			if (i === undefined) at.set(k, (i = rows.push(value) - 1));
			return i;
		}
	};
}

const asIs = (s: string) => s;

/**
 * The index as its file holds it: the events as columns, every value that repeats (type, date,
 * title, place, list of countries, attendance) written once in a table and named by position.
 * At 100,000 events parsing it is parsing arrays of numbers; expandIndex gives back the index
 * exactly.
 */
export function compactIndex(index: EventSetIndex): IndexFile {
	const types = table<IndexEvent['type']>(asIs);
	const dates = table<string>(asIs);
	const titles = table<IndexEvent['title']>(JSON.stringify);
	const places = table<NonNullable<IndexEvent['place']>>(JSON.stringify);
	const countryLists = table<string[]>((list) => list.join(','));
	const participations = table<NonNullable<IndexEvent['participation']>>(JSON.stringify);
	const n = index.events.length;
	const column = () => new Array<number>(n);
	const events: IndexColumns = {
		id: new Array<string>(n),
		type: column(),
		date: column(),
		end: column(),
		title: column(),
		place: column(),
		countries: column(),
		participation: column()
	};
	index.events.forEach((e, i) => {
		events.id[i] = e.id;
		events.type[i] = types.ref(e.type);
		events.date[i] = dates.ref(e.date);
		events.end[i] = e.end === undefined ? NONE : dates.ref(e.end);
		events.title[i] = titles.ref(e.title);
		events.place[i] = e.place === null ? NONE : places.ref(e.place);
		events.countries[i] = countryLists.ref(e.countries);
		events.participation[i] =
			e.participation === undefined ? NONE : participations.ref(e.participation);
	});
	return {
		...index,
		events,
		types: types.rows,
		dates: dates.rows,
		titles: titles.rows,
		places: places.rows,
		countryLists: countryLists.rows,
		participations: participations.rows
	};
}

/**
 * Each column, the table its positions name (id has none), whether it may hold NONE, and what a
 * row of that table is called in a message.
 */
const REFS = [
	['type', 'types', false, 'type'],
	['date', 'dates', false, 'date'],
	['end', 'dates', true, 'date'],
	['title', 'titles', false, 'title'],
	['place', 'places', true, 'place'],
	['countries', 'countryLists', false, 'list of countries'],
	['participation', 'participations', true, 'attendance']
] as const satisfies readonly [keyof ColumnsLike, keyof IndexTables, boolean, string][];

/**
 * What keeps the columns from being read back: a column whose length is not the number of
 * events, a position that is not a whole number in its table's range. Each with where it is, for
 * a reader's message; at most `limit` of them (a reader needs the first, the build all).
 */
export function badRefs(
	events: ColumnsLike,
	tables: { [K in keyof IndexTables]: ArrayLike<unknown> },
	limit = Infinity
): { path: string; message: string }[] {
	const problems: { path: string; message: string }[] = [];
	const n = events.id.length;
	for (const [name, tableName, optional, row] of REFS) {
		const values = events[name];
		if (values.length !== n) {
			problems.push({
				path: `events.${name}`,
				message: `${values.length} entries for ${n} events`
			});
			if (problems.length >= limit) return problems;
			continue;
		}
		const size = tables[tableName].length;
		const least = optional ? NONE : 0;
		for (let i = 0; i < n; i++) {
			const x = values[i]!;
			// One comparison chain per value: at 100,000 events this is a millisecond or two.
			if (!(x >= least && x < size && Math.floor(x) === x)) {
				problems.push({ path: `events.${name}.${i}`, message: `no such ${row}` });
				if (problems.length >= limit) return problems;
			}
		}
	}
	return problems;
}

/**
 * The events at positions [from, to) with their values put back from the tables (check badRefs
 * first). Events share their table's objects (two events with one title hold the same object),
 * as a JSON round trip of the whole index would not; nothing in the explorer changes them. Each
 * is one object literal of its final shape: grown key by key, every event had a second
 * allocation, and on the page 100,000 of them filled the young generation, whose scavenges were
 * most of each slice's time.
 */
export function expandEvents(
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
		// Keys in the event set's order, so the index reads (and serialises) as events.json does.
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

/** The file's tables, apart from its head and columns. */
export function tablesOf(file: IndexTables): IndexTables {
	const { types, dates, titles, places, countryLists, participations } = file;
	return { types, dates, titles, places, countryLists, participations };
}

/** The index a file holds (compactIndex undone); throws on a position badRefs refuses. */
export function expandIndex(file: IndexFile): EventSetIndex {
	const problems = badRefs(file.events, file);
	if (problems.length > 0)
		throw new Error(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
	const { version, window, countries, memberStatus, generation } = file;
	return {
		version,
		window,
		countries,
		events: expandEvents(file.events, file),
		memberStatus,
		...(generation === undefined ? {} : { generation })
	};
}
