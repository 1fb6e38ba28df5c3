import { describe, expect, it } from 'vitest';
import { countryName } from '$lib/map/countryName';
import { formatEventDate } from '$lib/map/formatEventDate';
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
		expect(countryName(data, iso3, locale)).toBe(name);
	});
});

describe('formatEventDate', () => {
	it.each([
		['2022', 'en', '2022'],
		['2022-09', 'en', 'September 2022'],
		['2022-09-13', 'en', '13 Sept 2022'],
		['2023-01-01', 'en', '1 Jan 2023']
	])('shows %s (%s) at its precision as %s, in UTC', (date, locale, expected) => {
		expect(formatEventDate(date, locale === 'en' ? 'en-GB' : locale)).toBe(expected);
	});

	it('writes Arabic dates in Arabic', () => {
		expect(formatEventDate('2022-09', 'ar')).toMatch(/سبتمبر|أيلول/);
	});
});
