import type { FeatureCollection, Point } from 'geojson';
import type { IndexEvent } from '$lib/model/schema';
import { buildEventIndex, type EventIndex } from '$lib/timeline/eventIndex';
import { runToEnd } from '$lib/state/runToEnd';

export interface MarkerProperties {
	/** The ids of the events at this place, space-separated (ids are slugs without spaces). */
	ids: string;
	/** How many events share the place; MapLibre sums it when it clusters nearby markers. */
	count: number;
	/** 1 when at least one of the events overlaps the timeline's visible window, else 0. */
	inView: 0 | 1;
	/** The small country the marker is drawn beside (besideMarkers.ts), when it is. */
	beside?: string;
}

export type MarkerCollection = FeatureCollection<Point, MarkerProperties>;

/** The events at one place, with their spans as [start, end) pairs in UTC ms. */
export interface PlaceGroup {
	lon: number;
	lat: number;
	ids: string;
	count: number;
	spans: Float64Array;
	/** The country of the first event's place (where the marker may be drawn beside, see besideMarkers). */
	country: string | null;
}

/** Each event's place as a number (-1: none), for an index; `places` lists them. */
export interface PlaceTable {
	of: Int32Array;
	places: { lon: number; lat: number }[];
}

/**
 * Numbers the places of an index's events once: events at the same coordinates (rounded to
 * ~100 m) share a place, since no zoom level could pull them apart. Made once per data set, so
 * grouping after a filter never builds a string per event.
 */
export function placeTable(index: Pick<EventIndex, 'events'>): PlaceTable {
	// Keyed by a number, not a "lon,lat" string: no string built per event.
	const ids = new Map<number, number>();
	const places: PlaceTable['places'] = [];
	const of = new Int32Array(index.events.length).fill(-1);
	index.events.forEach((e, i) => {
		if (!e.place) return;
		const x = Math.round(e.place.lon * 1000);
		const y = Math.round(e.place.lat * 1000);
		const lon = x / 1000;
		const lat = y / 1000;
		// Thousandths of a degree: |y| ≤ 90,000, so x and y never collide in one safe integer.
		const key = x * 1_000_000 + y;
		let id = ids.get(key);
		if (id === undefined) {
			ids.set(key, (id = places.length));
			places.push({ lon, lat });
		}
		of[i] = id;
	});
	return { of, places };
}

/**
 * Events grouped by place, one marker each; MapLibre's clustering then groups markers that are
 * merely near. Events with no place (or no readable date) are not on the map. Groups come out
 * sorted by place, and their events in date order, so the output does not depend on event order.
 * Done once per filter change from the index's date columns (following the view later is
 * arithmetic only); `table` numbers the places of the index `index.from` points into.
 */
export function groupByPlace(
	index: PlaceIndex,
	table: PlaceTable = placeTable(index)
): PlaceGroup[] {
	return runToEnd(groupByPlaceInSteps(index, table));
}

type PlaceIndex = Pick<EventIndex, 'events' | 'starts' | 'ends'> & { from?: Uint32Array };

/**
 * groupByPlace a piece at a time: one pass over the events, then one place per step (its spans
 * and its ids joined, a few ms for thousands of events). At 100,000 events the whole is a
 * 100–200 ms task; run in steps (see runInSteps) no task of it is long.
 */
export function* groupByPlaceInSteps(
	index: PlaceIndex,
	table: PlaceTable
): Generator<void, PlaceGroup[], void> {
	const at: number[][] = table.places.map(() => []);
	const { from } = index;
	for (let i = 0; i < index.events.length; i++) {
		const place = table.of[from ? from[i]! : i]!;
		if (place >= 0) at[place]!.push(i);
	}
	const order = table.places
		.map((p, id) => ({ ...p, at: at[id]! }))
		.filter((g) => g.at.length > 0)
		.sort((a, b) => a.lon - b.lon || a.lat - b.lat);
	const groups: PlaceGroup[] = [];
	for (const { lon, lat, at: here } of order) {
		yield;
		const spans = new Float64Array(here.length * 2);
		here.forEach((i, k) => {
			spans[2 * k] = index.starts[i]!;
			spans[2 * k + 1] = index.ends[i]!;
		});
		const ids = here.map((i) => index.events[i]!.id).join(' ');
		const country = index.events[here[0]!]!.place?.country ?? null;
		groups.push({ lon, lat, ids, count: here.length, spans, country });
	}
	return groups;
}

/**
 * The first id of a marker's `ids`, without splitting them: a marker over a busy place carries
 * thousands of ids, and splitting them all to read one was a cost of every filter change.
 */
export function firstId(ids: string): string {
	const space = ids.indexOf(' ');
	return space === -1 ? ids : ids.slice(0, space);
}

/** True when one of the group's events overlaps the window (end exclusive). */
function overlaps(spans: Float64Array, view: { start: number; end: number }): boolean {
	for (let i = 0; i < spans.length; i += 2)
		if (spans[i]! < view.end && spans[i + 1]! > view.start) return true;
	return false;
}

/** The markers for grouped places, each lit when one of its events is in the view (or no view). */
export function placeMarkers(
	groups: readonly PlaceGroup[],
	view?: { start: number; end: number }
): MarkerCollection {
	return {
		type: 'FeatureCollection',
		features: groups.map((g) => ({
			type: 'Feature' as const,
			properties: {
				ids: g.ids,
				count: g.count,
				inView: !view || overlaps(g.spans, view) ? 1 : 0
			} as MarkerProperties,
			geometry: { type: 'Point' as const, coordinates: [g.lon, g.lat] }
		}))
	};
}

/** One marker per place (see `groupByPlace`), lit when an event there overlaps the view. */
export function eventsToMarkers(
	events: readonly IndexEvent[],
	view?: { start: number; end: number }
): MarkerCollection {
	return placeMarkers(groupByPlace(buildEventIndex(events)), view);
}
