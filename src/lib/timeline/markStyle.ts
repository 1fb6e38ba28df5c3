import type { EventType } from '$lib/model/schema';

/**
 * Shape per event type (colours are shared with the page's filters: $lib/ui/typeColors). Shapes
 * differ too (circle, diamond, square) so that the types stay apart without colour vision.
 */
export type Shape = 'circle' | 'diamond' | 'square';
export const TYPE_SHAPES: Record<EventType, Shape> = {
	summit: 'circle',
	clash: 'diamond',
	deployment: 'square'
};

/** Layout constants shared by layout, drawing and hit tests. */
export const MARK_OPTIONS = { radius: 4, gap: 2, clusterWidth: 26, binWidth: 3 } as const;
