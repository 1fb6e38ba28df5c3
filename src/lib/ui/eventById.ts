import type { AtlasEvent, EventSet } from '$lib/model/schema';

const maps = new WeakMap<EventSet, ReadonlyMap<string, AtlasEvent>>();

/**
 * Finds an event by id through a map built once per event set: prerendering every event's page
 * asks for each event once, and a scan of the list per page made the build quadratic.
 */
export function eventById(set: EventSet, id: string): AtlasEvent | undefined {
	let byId = maps.get(set);
	if (!byId) maps.set(set, (byId = new Map(set.events.map((e) => [e.id, e]))));
	return byId.get(id);
}
