import { describe, expect, it } from 'vitest';
import { attendanceMatrix } from '$lib/attendance/attendanceMatrix';
import { namesMember, sourcesNaming } from '$lib/attendance/sourcesNaming';
import type { MemberCode } from '$lib/model/members';
import type { AtlasEvent, Source } from '$lib/model/schema';

const source = (quote: string): Source => ({ article: 'a', start: 0, end: quote.length, quote });

function event(
	id: string,
	date: string,
	type: AtlasEvent['type'],
	participation?: AtlasEvent['participation']
): AtlasEvent {
	return {
		id,
		type,
		date,
		title: { en: id, ar: id },
		place: null,
		countries: [],
		...(participation ? { participation } : {}),
		sources: [source('x')]
	};
}

const whole = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2024, 0, 1) };

describe('the attendance matrix', () => {
	const events = [
		event('2023-11-23-summit-minsk', '2023-11-23', 'summit', { ARM: 'absent', RUS: 'present' }),
		event('2022-01-10-summit-video', '2022-01-10', 'summit', { ARM: 'video' }),
		event('2022-01-06-deployment-almaty', '2022-01-06', 'deployment')
	];

	it('has one column per meeting in the window, oldest first, and no other events', () => {
		const { meetings } = attendanceMatrix(events, whole);
		expect(meetings.map((e) => e.id)).toEqual([
			'2022-01-10-summit-video',
			'2023-11-23-summit-minsk'
		]);
	});

	it('puts Armenia first and emphasises only its row', () => {
		const { rows } = attendanceMatrix(events, whole);
		expect(rows.map((r) => r.code)).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
		expect(rows.filter((r) => r.emphasised).map((r) => r.code)).toEqual(['ARM']);
	});

	it.each([
		['ARM', ['video', 'absent']],
		['RUS', ['unknown', 'present']],
		['TJK', ['unknown', 'unknown']]
	])(
		'gives %s the attendance each meeting records, unknown where it says nothing',
		(code, cells) => {
			const row = attendanceMatrix(events, whole).rows.find((r) => r.code === code);
			expect(row?.cells).toEqual(cells);
		}
	);

	it('keeps only the meetings that overlap the time window', () => {
		const in2023 = { start: Date.UTC(2023, 0, 1), end: Date.UTC(2024, 0, 1) };
		expect(attendanceMatrix(events, in2023).meetings.map((e) => e.id)).toEqual([
			'2023-11-23-summit-minsk'
		]);
	});
});

describe('the sentences behind an attendance cell', () => {
	it.each<[string, MemberCode, boolean]>([
		['لكن الكرملين يأسف لغياب ممثل أرمينيا عن قمة المنظمة', 'ARM', true],
		['تدهور العلاقات بين المنظمة وأرمينيا', 'ARM', true],
		['ولم يحضر رئيسا وزارتي الخارجية والدفاع الأرمينيتين', 'ARM', true],
		['أبلغ رئيس الوزراء باشينيا الرئيس لوكاشينكو', 'ARM', true],
		['أشار الرئيس البيلاروسي ألكسندر لوكاشينكو', 'RUS', false],
		['أشار الرئيس البيلاروسي ألكسندر لوكاشينكو', 'BLR', true],
		['وقال بوتين أمام قمة زعماء دول المنظمة', 'RUS', true],
		['أكد رئيس قرغيزستان سيدار جاباروف', 'KGZ', true],
		['أكد رئيس طاجيكستان إمام علي رحمون', 'KAZ', false]
	])('reads "%s" as naming %s: %s', (quote, code, expected) => {
		expect(namesMember(quote, code)).toBe(expected);
	});

	it('keeps the meeting sources that name the member, in their order', () => {
		const sources = [source('وقال بوتين'), source('ممثل أرمينيا'), source('باشينيان')];
		expect(sourcesNaming(sources, 'ARM').map((s) => s.quote)).toEqual(['ممثل أرمينيا', 'باشينيان']);
	});
});
