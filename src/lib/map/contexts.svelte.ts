import type { Map as MapLibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';
import type { CountryCollection } from './build/buildCountries';
import type { GroupPlacement } from './groupPlacement';

/** Events sharing one place, listed after a click on their marker. */
export interface PlaceGroup extends GroupPlacement {
	ids: string[];
}

/**
 * What AtlasMap shares with its layer components: the MapLibre instance once made, whether its
 * style has loaded (sources take data and layers take paint only then), the member states'
 * geometry once fetched, and the list of events open at one place (Esc in the map closes it).
 */
export class MapContext {
	map = $state.raw<MapLibreMap | null>(null);
	loaded = $state(false);
	countries = $state.raw<CountryCollection | null>(null);
	group = $state.raw<PlaceGroup | null>(null);
}

const KEY = Symbol('atlas-map');

export function setMapContext(ctx: MapContext): MapContext {
	return setContext(KEY, ctx);
}

/** The enclosing AtlasMap's context; a layer component outside one is a programming error. */
export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('map layer components belong inside AtlasMap');
	return ctx;
}
