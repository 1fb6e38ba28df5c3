import type { Status } from '$lib/model/schema';

/**
 * One palette for Armenia's status, shared by the timeline band, the map fill and the legend.
 * Chosen to stay distinguishable for the common colour-vision deficiencies and to keep 3:1
 * contrast against the light background.
 */
export const STATUS_COLORS: Record<Status, string> = {
	active: '#2a7f62',
	strained: '#d08c1a',
	absent: '#c4452d',
	frozen: '#5b5f97'
};

/** Members other than Armenia, and neighbours, in the map and the legend. */
export const MEMBER_FILL = '#9db8d9';
export const NEIGHBOUR_FILL = '#e4e2dc';
export const SEA_FILL = '#f4f7fa';
