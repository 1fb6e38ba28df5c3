import { describe, expect, it } from 'vitest';
import { keyCommand } from '$lib/timeline/keyCommand';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...mods
});

describe('keyCommand', () => {
	it.each([
		['ArrowRight', false, { kind: 'step', direction: 1 }],
		['ArrowRight', true, { kind: 'step', direction: -1 }],
		['ArrowLeft', true, { kind: 'step', direction: 1 }],
		['Home', true, { kind: 'edge', which: 'first' }],
		['End', false, { kind: 'edge', which: 'last' }],
		['+', false, { kind: 'zoom', factor: 2 }],
		['=', false, { kind: 'zoom', factor: 2 }],
		['-', true, { kind: 'zoom', factor: 0.5 }],
		['PageDown', false, { kind: 'pan', pages: 0.8 }],
		['Escape', false, { kind: 'clear' }]
	])('maps %s (rtl %s) to %j', (k, rtl, expected) => {
		expect(keyCommand(key(k), rtl)).toEqual(expected);
	});

	it.each([
		['a', {}],
		['ArrowRight', { ctrlKey: true }],
		['+', { metaKey: true }],
		['Tab', {}],
		['ArrowUp', {}]
	])('leaves %s %j to the browser', (k, mods) => {
		expect(keyCommand(key(k, mods), false)).toBeNull();
	});
});
