import { arrowDirection } from './stepEvent';

export type KeyCommand =
	| { kind: 'step'; direction: 1 | -1 }
	| { kind: 'edge'; which: 'first' | 'last' }
	| { kind: 'zoom'; factor: number }
	| { kind: 'pan'; pages: number }
	| { kind: 'clear' };

/**
 * What a key does in the timeline. Arrows follow the screen (see arrowDirection); Page Up/Down
 * page through time, earlier/later; modified keys are left to the browser and assistive tech.
 */
export function keyCommand(
	e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
	rtl: boolean
): KeyCommand | null {
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	switch (e.key) {
		case 'ArrowLeft':
		case 'ArrowRight':
			return { kind: 'step', direction: arrowDirection(e.key, rtl) };
		case 'Home':
			return { kind: 'edge', which: 'first' };
		case 'End':
			return { kind: 'edge', which: 'last' };
		case '+':
		case '=':
			return { kind: 'zoom', factor: 2 };
		case '-':
		case '_':
			return { kind: 'zoom', factor: 0.5 };
		case 'PageUp':
			return { kind: 'pan', pages: -0.8 };
		case 'PageDown':
			return { kind: 'pan', pages: 0.8 };
		case 'Escape':
			return { kind: 'clear' };
		default:
			return null;
	}
}
