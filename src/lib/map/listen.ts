import type { Map as MapLibreMap, MapEventType } from 'maplibre-gl';

/** The part of a MapLibre map that listening needs (a test passes a fake). */
export type Listenable = Pick<MapLibreMap, 'on' | 'off'>;

export type Handlers = { [K in keyof MapEventType]?: (e: MapEventType[K]) => void };

/**
 * Adds `handlers` to `map` and returns what takes exactly them off again: a layer component
 * returns it from its effect, so Svelte runs it when the component goes or the map changes.
 */
export function listen(map: Listenable, handlers: Handlers): () => void {
	const added = Object.entries(handlers).filter(
		(entry): entry is [keyof MapEventType, (e: unknown) => void] => entry[1] !== undefined
	);
	for (const [type, fn] of added) map.on(type, fn);
	return () => {
		for (const [type, fn] of added) map.off(type, fn);
	};
}
