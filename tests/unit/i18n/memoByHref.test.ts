import { describe, expect, it } from 'vitest';
import { memoByHref } from '$lib/i18n/memoByHref';

describe('memoByHref', () => {
	it('reads once while the address stays the same, and again when it changes', () => {
		let href = 'https://x.test/en';
		let reads = 0;
		const locale = memoByHref(
			() => (reads++, href.includes('/ar') ? 'ar' : 'en'),
			() => href
		);
		expect([locale(), locale(), locale()]).toEqual(['en', 'en', 'en']);
		expect(reads).toBe(1);
		href = 'https://x.test/ar/events/a';
		expect(locale()).toBe('ar');
		expect(reads).toBe(2);
		href = 'https://x.test/en?view=1';
		expect(locale()).toBe('en');
		expect(reads).toBe(3);
	});
});
