import { describe, expect, it } from 'vitest';
import { OpenedTexts } from '$lib/detail/openedTexts';

describe('OpenedTexts', () => {
	it('knows a text as open from its opening on, without a text until it loads', () => {
		const kept = new OpenedTexts();
		expect(kept.isOpen('e1 /a.txt')).toBe(false);
		kept.open('e1 /a.txt');
		expect(kept.isOpen('e1 /a.txt')).toBe(true);
		expect(kept.text('e1 /a.txt')).toBeNull();
		kept.loaded('e1 /a.txt', 'نص المقال');
		expect(kept.text('e1 /a.txt')).toBe('نص المقال');
	});

	it('keeps no text for a key that was closed while it loaded, or never opened', () => {
		const kept = new OpenedTexts();
		kept.open('e1 /a.txt');
		kept.close('e1 /a.txt');
		kept.loaded('e1 /a.txt', 'late');
		kept.loaded('e2 /b.txt', 'never opened');
		expect([kept.isOpen('e1 /a.txt'), kept.text('e1 /a.txt')]).toEqual([false, null]);
		expect([kept.isOpen('e2 /b.txt'), kept.text('e2 /b.txt')]).toEqual([false, null]);
	});

	it('keeps its text when a key is opened again (a second view of the same detail)', () => {
		const kept = new OpenedTexts();
		kept.open('e1 /a.txt');
		kept.loaded('e1 /a.txt', 'text');
		kept.open('e1 /a.txt');
		expect(kept.text('e1 /a.txt')).toBe('text');
	});

	it('forgets the texts opened longest ago beyond its limit', () => {
		const kept = new OpenedTexts(2);
		for (const key of ['a', 'b', 'c']) kept.open(key);
		expect(['a', 'b', 'c'].map((k) => kept.isOpen(k))).toEqual([false, true, true]);
	});
});
