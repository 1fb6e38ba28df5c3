import type { Attachment } from 'svelte/attachments';
import { swipeAxis } from './swipeAxis';

/**
 * Lets a vertical swipe over touch-draggable children (d3-zoom's surface, d3-brush's window)
 * scroll the page. They call preventDefault on every touchmove, which stops the browser's
 * scrolling whatever `touch-action` says; so one finger's touchmoves are held back from them (in
 * the capture phase) until the swipe is known to be horizontal, and a vertical one never reaches
 * them. They still see the touch start and end; pinches pass untouched.
 */
export const verticalSwipes: Attachment<HTMLElement> = (node) => {
	let origin: { x: number; y: number } | null = null;
	let axis: 'x' | 'y' | null = null;
	const start = (e: TouchEvent) => {
		const t = e.touches[0];
		origin = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
		axis = null;
	};
	const move = (e: TouchEvent) => {
		const t = e.touches[0];
		if (!origin || !t) return;
		axis ??= swipeAxis(t.clientX - origin.x, t.clientY - origin.y);
		if (axis !== 'x') e.stopPropagation();
	};
	const end = (e: TouchEvent) => {
		if (e.touches.length === 0) origin = axis = null;
	};
	const opts = { capture: true, passive: true } as const;
	node.addEventListener('touchstart', start, opts);
	node.addEventListener('touchmove', move, opts);
	node.addEventListener('touchend', end, opts);
	node.addEventListener('touchcancel', end, opts);
	return () => {
		node.removeEventListener('touchstart', start, opts);
		node.removeEventListener('touchmove', move, opts);
		node.removeEventListener('touchend', end, opts);
		node.removeEventListener('touchcancel', end, opts);
	};
};
