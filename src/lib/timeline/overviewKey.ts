import type { TimeWindow } from '$lib/state/explorer.svelte';
import { DAY, panWindow, zoomWindow } from './windowMath';

/**
 * What a key does on the overview's brush: arrows move the window a tenth of its length in the
 * direction drawn (mirrored for right-to-left), Page Up/Down a whole length, Home/End to either
 * end of the period, +/− make it shorter or longer about its centre, shift+arrows move its later
 * edge (resize). Null for
 * any other key.
 */
export function overviewKey(
	key: string,
	shift: boolean,
	view: TimeWindow,
	extent: TimeWindow,
	rtl: boolean
): TimeWindow | null {
	const span = view.end - view.start;
	const centre = (view.start + view.end) / 2;
	const later = (k: string) => (k === 'ArrowRight') !== rtl;
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowRight':
			if (shift) {
				// Resizes: the window's later edge moves, its start stays.
				const end = Math.min(extent.end, view.end + (later(key) ? 1 : -1) * span * 0.1);
				return { start: view.start, end: Math.max(end, view.start + Math.min(DAY, span)) };
			}
			return panWindow(view, (later(key) ? 1 : -1) * span * 0.1, extent);
		case 'PageUp':
			return panWindow(view, -span, extent);
		case 'PageDown':
			return panWindow(view, span, extent);
		case 'Home':
			return panWindow(view, extent.start - view.start, extent);
		case 'End':
			return panWindow(view, extent.end - view.end, extent);
		case '+':
		case '=':
			return zoomWindow(view, 1.25, centre, extent);
		case '-':
		case '_':
			return zoomWindow(view, 0.8, centre, extent);
		default:
			return null;
	}
}
