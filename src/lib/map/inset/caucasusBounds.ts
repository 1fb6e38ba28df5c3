import type { Bounds } from './insetPaths';

/** The inset's frame: Armenia with its neighbours' edges, wide enough to see where it lies. */
export const CAUCASUS_BOUNDS: Bounds = [41.5, 37.9, 48.5, 42.6];
