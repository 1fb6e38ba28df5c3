import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/lib/pipeline/extract/types';
import { candidate } from './helpers/candidate';
import { mergeCandidates } from '../../../src/lib/pipeline/merge/mergeCandidates';

/** Each event as "date@place" and its articles, in a fixed order. */
function shape(events: Candidate[]): string[] {
	return events
		.map(
			(e) =>
				`${e.date}${e.end ? `..${e.end}` : ''}@${e.placeId ?? '-'} ${e.sources
					.map((s) => s.article)
					.sort()
					.join(',')}`
		)
		.sort();
}

describe('mergeCandidates', () => {
	it('joins summits on the same day and place, keeps another day or another city apart', () => {
		const { events } = mergeCandidates([
			candidate({ article: 'a1', type: 'summit', date: '2022-11-23', placeId: 'yerevan' }),
			candidate({ article: 'a2', type: 'summit', date: '2022-11-23', placeId: 'yerevan' }),
			candidate({ article: 'a3', type: 'summit', date: '2022-11-23', placeId: 'minsk' }),
			candidate({ article: 'a4', type: 'summit', date: '2022-11-24', placeId: 'yerevan' })
		]);
		expect(shape(events)).toEqual([
			'2022-11-23@minsk a3',
			'2022-11-23@yerevan a1,a2',
			'2022-11-24@yerevan a4'
		]);
	});

	it('lets a summit dated by month or year only join the day-dated one that holds it', () => {
		const { events } = mergeCandidates([
			candidate({ article: 'b1', type: 'summit', date: '2022-11', placeId: 'yerevan' }),
			candidate({ article: 'b2', type: 'summit', date: '2022-11-23', placeId: 'yerevan' }),
			candidate({ article: 'b3', type: 'summit', date: '2022', placeId: 'yerevan' }),
			candidate({ article: 'b4', type: 'summit', date: '2021-10', placeId: 'yerevan' })
		]);
		expect(shape(events)).toEqual(['2021-10@yerevan b4', '2022-11-23@yerevan b1,b2,b3']);
	});

	it('gives a month-dated summit that fits two day-dated ones to the first of them, whatever the input order', () => {
		const inputs = () => [
			candidate({ article: 'c3', type: 'summit', date: '2022-05' }),
			candidate({ article: 'c2', type: 'summit', date: '2022-05-16', placeId: 'moscow' }),
			candidate({ article: 'c1', type: 'summit', date: '2022-05-09', placeId: 'moscow' })
		];
		const expected = ['2022-05-09@moscow c1,c3', '2022-05-16@moscow c2'];
		expect(shape(mergeCandidates(inputs()).events)).toEqual(expected);
		expect(shape(mergeCandidates(inputs().reverse()).events)).toEqual(expected);
	});

	it('joins a summit with no place to the one dated that day somewhere', () => {
		const { events } = mergeCandidates([
			candidate({ article: 'd1', type: 'summit', date: '2023-11-23' }),
			candidate({ article: 'd2', type: 'summit', date: '2023-11-23', placeId: 'minsk' })
		]);
		expect(shape(events)).toEqual(['2023-11-23@minsk d1,d2']);
	});

	it('gives a summit with no place, on a day two cities held one, to the first of them in a fixed order', () => {
		const inputs = () => [
			candidate({ article: 'i3', type: 'summit', date: '2021-09-16' }),
			candidate({ article: 'i2', type: 'summit', date: '2021-09-16', placeId: 'minsk' }),
			candidate({ article: 'i1', type: 'summit', date: '2021-09-16', placeId: 'dushanbe' })
		];
		const expected = ['2021-09-16@dushanbe i1,i3', '2021-09-16@minsk i2'];
		expect(shape(mergeCandidates(inputs()).events)).toEqual(expected);
		expect(shape(mergeCandidates(inputs().reverse()).events)).toEqual(expected);
	});

	it('joins reports of one clash up to three days apart and widens its days, not five days apart', () => {
		const arm = () => new Set(['ARM', 'AZE']);
		const { events } = mergeCandidates([
			candidate({
				article: 'e1',
				type: 'clash',
				date: '2022-09-13',
				countries: arm(),
				placeId: 'jermuk'
			}),
			candidate({
				article: 'e2',
				type: 'clash',
				date: '2022-09-14',
				countries: arm(),
				placeId: 'goris'
			}),
			candidate({ article: 'e3', type: 'clash', date: '2022-09-20', countries: arm() })
		]);
		expect(shape(events)).toEqual(['2022-09-13..2022-09-14@jermuk e1,e2', '2022-09-20@- e3']);
	});

	it('never joins clashes that share no member, nor exercises with different names', () => {
		const { events } = mergeCandidates([
			candidate({
				article: 'f1',
				type: 'clash',
				date: '2022-09-14',
				countries: new Set(['ARM', 'AZE'])
			}),
			candidate({
				article: 'f2',
				type: 'clash',
				date: '2022-09-14',
				countries: new Set(['KGZ', 'TJK'])
			}),
			candidate({
				article: 'f3',
				type: 'deployment',
				date: '2022-10-03',
				exercise: 'cobalt',
				countries: new Set(['KAZ'])
			}),
			candidate({
				article: 'f4',
				type: 'deployment',
				date: '2022-10-04',
				exercise: 'search',
				countries: new Set(['KAZ'])
			})
		]);
		expect(events).toHaveLength(4);
	});

	it('gives a day and month with no year the year of the same event dated elsewhere, or says why not', () => {
		const yearless = candidate({
			article: 'g2',
			type: 'summit',
			date: null,
			dayMonth: { month: 11, day: 23 }
		});
		const twice = candidate({
			article: 'g4',
			type: 'summit',
			date: null,
			dayMonth: { month: 5, day: 16 }
		});
		const { events, unresolved } = mergeCandidates([
			candidate({ article: 'g1', type: 'summit', date: '2022-11-23', placeId: 'yerevan' }),
			yearless,
			candidate({ article: 'g3', type: 'summit', date: '2021-05-16' }),
			candidate({ article: 'g5', type: 'summit', date: '2022-05-16' }),
			twice
		]);
		expect(shape(events)).toContain('2022-11-23@yerevan g1,g2');
		expect(unresolved.map((u) => u.reason)).toEqual([
			'16/05 has no year, and other articles date such a summit in 2021 and 2022'
		]);
	});

	it('joins an undated mention to the one event of its kind at its place, and only when there is one', () => {
		const { events, unresolved } = mergeCandidates([
			candidate({ article: 'h1', type: 'summit', date: '2022-11-23', placeId: 'yerevan' }),
			candidate({ article: 'h2', type: 'summit', date: null, placeId: 'yerevan' }),
			candidate({ article: 'h3', type: 'summit', date: '2021-09-16', placeId: 'dushanbe' }),
			candidate({ article: 'h4', type: 'summit', date: '2022-10-14', placeId: 'dushanbe' }),
			candidate({ article: 'h5', type: 'summit', date: null, placeId: 'dushanbe' }),
			candidate({ article: 'h6', type: 'summit', date: null })
		]);
		expect(shape(events)).toContain('2022-11-23@yerevan h1,h2');
		expect(unresolved.map((u) => `${u.candidate.article}: ${u.reason}`)).toEqual([
			'h5: no date in the text, and 2 dated events could be this summit',
			'h6: no date in the text for this summit'
		]);
	});
});
