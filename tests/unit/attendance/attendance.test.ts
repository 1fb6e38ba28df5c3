import { describe, expect, it } from 'vitest';
import { attendanceMatrix } from '$lib/attendance/attendanceMatrix';
import { attendanceSources } from '$lib/detail/attendanceSources';
import type { AtlasEvent, Source } from '$lib/model/schema';

const source = (quote: string, claims: Source['claims'] = {}): Source => ({
	article: 'a',
	start: 0,
	end: quote.length,
	quote,
	claims
});
const said = (attendance: 'present' | 'video' | 'absent') => attendance;

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
		event('2023-11-23-summit-minsk', '2023-11-23', 'summit', {
			ARM: said('absent'),
			RUS: said('present')
		}),
		event('2022-01-10-summit-video', '2022-01-10', 'summit', { ARM: said('video') }),
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
	const meeting: AtlasEvent = {
		...event('2023-11-23-summit-minsk', '2023-11-23', 'summit'),
		participation: { ARM: 'absent', RUS: 'present' },
		participationSources: { ARM: [2, 0], RUS: [1] },
		sources: [
			source('أرمينيا حضرت', { attendance: { ARM: 'present' } }),
			source('بوتين حضر', { attendance: { RUS: 'present' } }),
			source('غياب أرمينيا', { attendance: { ARM: 'absent' } })
		]
	};

	it('are the sources the attendance entry cites, in its order, not any that name the member', () => {
		expect(attendanceSources(meeting, 'ARM').map((s) => s.quote)).toEqual([
			'غياب أرمينيا',
			'أرمينيا حضرت'
		]);
		expect(attendanceSources(meeting, 'RUS').map((s) => s.quote)).toEqual(['بوتين حضر']);
	});

	it('are none for a member the meeting does not report', () => {
		expect(attendanceSources(meeting, 'KAZ')).toEqual([]);
	});
});
