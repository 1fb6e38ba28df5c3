import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '$lib/model/schema';
import { normalizeText, skeleton } from '$lib/search/normalizeText';
import { buildSearchIndex, searchEvents } from '$lib/search/searchEvents';

function event(id: string, date: string, ar: string, en: string, quote: string): AtlasEvent {
	return {
		id,
		type: 'summit',
		date,
		title: { ar, en },
		place: null,
		countries: ['ARM'],
		sources: [{ article: 'a', start: 0, end: quote.length, quote, claims: {} }]
	};
}

const countries = {
	ARM: { name: { en: 'Armenia', ar: 'أرمينيا' }, member: true },
	KGZ: { name: { en: 'Kyrgyzstan', ar: 'قيرغيزستان' }, member: true }
};

const events = [
	event(
		'2022-11-23-summit-yerevan',
		'2022-11-23',
		'قمة يريفان',
		'Yerevan summit',
		'رفض رئيس الوزراء الأرمني نيكول باشينيان التوقيع'
	),
	event(
		'2022-09-14-clash-batken',
		'2022-09-14',
		'اشتباك على حدود قيرغيزستان',
		'Clash on the Kyrgyz border',
		'اشتباكات في باتكين'
	),
	event(
		'2021-10-15-summit-dushanbe',
		'2021-10-15',
		'قمة دوشنبه',
		'Dushanbe summit',
		'عقدت القمة في دوشنبه ٢٠٢١'
	)
];
const index = buildSearchIndex({ events, countries });
const ids = (q: string) => searchEvents(index, q).map((h) => h.event.id);

describe('normalizeText', () => {
	it.each([
		['أإآٱ', 'اااا'],
		['مُحَمَّد', 'محمد'],
		['قـــمة', 'قمه'],
		['مدينة', 'مدينه'],
		['مصطفى', 'مصطفي'],
		['٢٠٢٣ ۱۲', '2023 12'],
		['Yerevan,  SUMMIT!', 'yerevan summit'],
		['Bişkek Éte', 'biskek ete'],
		['  ', '']
	])('folds %j to %j', (input, expected) => {
		expect(normalizeText(input)).toBe(expected);
	});

	it('gives both spellings of Kyrgyzstan the same skeleton', () => {
		expect(skeleton(normalizeText('قرغيزستان'))).toBe(skeleton(normalizeText('قيرغيزستان')));
	});
});

describe('searchEvents', () => {
	it.each([
		['قرغيزستان', '2022-09-14-clash-batken'],
		['قيرغيزستان', '2022-09-14-clash-batken'],
		['باشينيا', '2022-11-23-summit-yerevan'],
		['باشينيان', '2022-11-23-summit-yerevan'],
		['yerevan', '2022-11-23-summit-yerevan'],
		['YEREVAN summit', '2022-11-23-summit-yerevan'],
		['armenia باتكين', '2022-09-14-clash-batken'],
		['2021', '2021-10-15-summit-dushanbe'],
		['دوشنبة', '2021-10-15-summit-dushanbe']
	])('finds %j in event %s', (query, id) => {
		expect(ids(query)).toContain(id);
	});

	it('matches nothing for an empty or blank query', () => {
		expect(ids('')).toEqual([]);
		expect(ids('  ،  ')).toEqual([]);
	});

	it('matches nothing for a word no event has', () => {
		expect(ids('Tashkent')).toEqual([]);
	});

	it('lists name matches before quote matches, then by date', () => {
		expect(ids('قمة')).toEqual(['2021-10-15-summit-dushanbe', '2022-11-23-summit-yerevan']);
	});

	it('caps the list at the limit', () => {
		expect(searchEvents(index, 'armenia', 2)).toHaveLength(2);
	});
});
