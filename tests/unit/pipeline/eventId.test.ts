import { describe, expect, it } from 'vitest';
import { baseEventId, slugify, uniqueIds } from '$lib/pipeline/merge/eventId';

describe('event ids', () => {
	it.each([
		['2023-11-23', 'summit', 'Minsk', '2023-11-23-summit-minsk'],
		['2022-09', 'clash', 'Armenia Azerbaijan', '2022-09-clash-armenia-azerbaijan'],
		['2022-01-10', 'summit', 'video', '2022-01-10-summit-video'],
		['2021', 'deployment', '', '2021-deployment'],
		['2022-01', 'deployment', 'Nur-Sultan', '2022-01-deployment-nur-sultan'],
		['2022-01', 'clash', 'Türkiye', '2022-01-clash-turkiye']
	])('%s %s %s → %s', (date, type, label, id) => {
		expect(baseEventId(date, type, label)).toBe(id);
	});

	it('keeps the first id and numbers the rest', () => {
		expect(uniqueIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']);
	});

	it('slugs to lower-case ASCII only', () => {
		expect(slugify('  Sankt-Peterburg / Санкт ')).toBe('sankt-peterburg');
	});
});
