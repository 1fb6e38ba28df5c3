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

/** The search as it was before the index: one `includes` per event and word. */
function searchOneByOne(
	query: string,
	data: { events: AtlasEvent[]; countries: typeof countries }
) {
	const words = normalizeText(query).split(' ').filter(Boolean);
	if (words.length === 0) return [];
	const hits: { id: string; date: string; rank: number }[] = [];
	for (const event of data.events) {
		const parts = [event.title.en, event.title.ar];
		if (event.place) parts.push(event.place.name.en, event.place.name.ar);
		for (const code of event.countries) {
			const c = data.countries[code as keyof typeof countries];
			if (c) parts.push(c.name.en, c.name.ar);
			parts.push(code);
		}
		const names = normalizeText(parts.join(' '));
		const quotes = normalizeText(event.sources.map((s) => s.quote).join(' '));
		let worst = 0;
		for (const w of words) {
			const s = skeleton(w);
			const rank = names.includes(w)
				? 0
				: quotes.includes(w)
					? 1
					: s.length >= 3 && skeleton(names).includes(s)
						? 2
						: s.length >= 3 && skeleton(quotes).includes(s)
							? 3
							: null;
			if (rank === null) {
				worst = -1;
				break;
			}
			worst = Math.max(worst, rank);
		}
		if (worst >= 0) hits.push({ id: event.id, date: event.date, rank: worst });
	}
	hits.sort((a, b) => a.rank - b.rank || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	return hits.map((h) => `${h.rank} ${h.id}`);
}

describe('searchEvents over its index', () => {
	// Unsorted, with repeated dates and words split across events, so order and ranks both matter.
	const many = [
		...events,
		event('2022-09-14-clash-2', '2022-09-14', 'اشتباك آخر', 'Another clash', 'قيرغيزستان باتكين'),
		event('2021-01-02-summit-x', '2021-01-02', 'قمة', 'Summit', 'Yerevan يريفان'),
		event('2023-05-05-summit-y', '2023-05-05', 'قمة مينسك', 'Minsk summit', 'باشينيان في مينسك'),
		event('2022-09-14-clash-3', '2022-09-14', 'اشتباك', 'Clash', 'Batken clash ضحايا')
	];
	const data = { events: many, countries };
	const built = buildSearchIndex(data);
	it.each([
		'قمة',
		'summit',
		'clash',
		'yerevan',
		'باتكين',
		'قرغيزستان',
		'باشينيا',
		'armenia summit',
		'summit armenia',
		'clash باتكين',
		'2022',
		'a',
		'مينسك باشينيان',
		'nothing'
	])('answers %j as the one-by-one search did, ranks and order included', (query) => {
		for (const limit of [1, 3, 20])
			expect(searchEvents(built, query, limit).map((h) => `${h.rank} ${h.event.id}`)).toEqual(
				searchOneByOne(query, data).slice(0, limit)
			);
	});
});
