import type { EventType } from '$lib/model/schema';

/**
 * Colour and shape per event type. Shapes differ too (circle, diamond, square) so that the types
 * stay apart without colour vision, and the hues avoid the status band's palette.
 */
export const TYPE_COLORS: Record<EventType, string> = {
	summit: '#2b59c3',
	clash: '#b42318',
	deployment: '#6d4aa8'
};

export type Shape = 'circle' | 'diamond' | 'square';
export const TYPE_SHAPES: Record<EventType, Shape> = {
	summit: 'circle',
	clash: 'diamond',
	deployment: 'square'
};

/** Layout constants shared by layout, drawing and hit tests. */
export const MARK_OPTIONS = { radius: 4, gap: 2, clusterWidth: 26, binWidth: 3 } as const;
