import { LAYERS } from './buildStyle';

/** The layers a click or a hover reads as a marker: they win over the country beneath them. */
export const MARKER_LAYERS: string[] = [LAYERS.clusters, LAYERS.points, LAYERS.besidePoints];
