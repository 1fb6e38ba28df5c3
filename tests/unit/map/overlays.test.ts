import { describe, expect, it } from 'vitest';
import { countryName } from '$lib/i18n/localName';
import { placeLabels } from '$lib/map/placeLabels';

describe('placeLabels', () => {
	const at = (text: string, x: number, y: number) => ({ key: text, text, x, y });

	it('leaves a label that covers no marker where it is', () => {
		const label = at('Kazakhstan', 100, 100);
		expect(placeLabels([label], [{ x: 300, y: 300, r: 6 }])[0]).toBe(label);
	});

	it('moves a label covering a marker to just below it', () => {
		const [l] = placeLabels([at('Armenia', 100, 100)], [{ x: 105, y: 98, r: 12 }]);
		expect(l!.y).toBeGreaterThan(98 + 12);
		expect(l!.x).toBe(100);
	});

	it('keeps moving past a second marker it would land on', () => {
		const markers = [
			{ x: 100, y: 100, r: 12 },
			{ x: 100, y: 124, r: 12 }
		];
		const [l] = placeLabels([at('Tajikistan', 100, 100)], markers);
		for (const mk of markers) expect(Math.abs(l!.y - mk.y)).toBeGreaterThanOrEqual(mk.r + 9);
	});

	it('moves the later of two overlapping labels below the earlier', () => {
		const [a, b] = placeLabels([at('Kyrgyzstan', 200, 100), at('Tajikistan', 190, 104)], []);
		expect(a!.y).toBe(100);
		expect(b!.y).toBeGreaterThanOrEqual(100 + 18);
	});

	it('lets short labels far apart on one line be', () => {
		const labels = [at('A', 0, 50), at('B', 200, 50)];
		expect(placeLabels(labels, [])).toEqual(labels);
	});
});

describe('countryName', () => {
	const data = { countries: { ARM: { name: { en: 'Armenia', ar: 'أرمينيا' }, member: true } } };
	it.each([
		['ARM', 'en', 'Armenia'],
		['ARM', 'ar', 'أرمينيا'],
		['XYZ', 'ar', 'XYZ']
	] as const)('names %s in %s as %s', (iso3, locale, name) => {
		expect(countryName(iso3, data.countries, locale)).toBe(name);
	});
});
