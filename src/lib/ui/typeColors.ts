import type { EventType } from '$lib/model/schema';

/**
 * One colour per event type for the timeline's marks and the page's type filters alike. The hues
 * avoid the status palette (statusColors.ts) so a deployment never reads as "active".
 */
export const TYPE_COLORS: Record<EventType, string> = {
	summit: '#2b59c3',
	clash: '#b42318',
	deployment: '#6d4aa8'
};
