import { describe, expect, it } from 'vitest';
import type { StatusPeriod } from '$lib/model/schema';
import { bandSpans } from '$lib/timeline/bandSpans';
import { legendEntries } from '$lib/timeline/legendEntries';

const extent = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2024, 0, 1) };
const period = (from: string, status: StatusPeriod['status'], to?: string): StatusPeriod => ({
	from,
	...(to ? { to } : {}),
	status,
	sources: []
});

describe('the status band', () => {
	const periods = [
		period('2022-01-10', 'active', '2022-09'),
		period('2022-09', 'strained', '2023-11'),
		period('2023-11', 'absent')
	];

	it('covers every day of the extent, with no gap and no overlap', () => {
		const spans = bandSpans(periods, extent);
		expect(spans[0]?.start).toBe(extent.start);
		expect(spans.at(-1)?.end).toBe(extent.end);
		for (let i = 1; i < spans.length; i++) expect(spans[i]?.start).toBe(spans[i - 1]?.end);
	});

	it('draws the stretch before the first report as no report', () => {
		expect(bandSpans(periods, extent)[0]).toEqual({
			start: extent.start,
			end: Date.UTC(2022, 0, 10),
			status: 'none',
			chair: false,
			index: null
		});
	});

	it('keeps each period with its index, for its evidence', () => {
		expect(bandSpans(periods, extent).map((s) => [s.status, s.index])).toEqual([
			['none', null],
			['active', 0],
			['strained', 1],
			['absent', 2]
		]);
	});

	it('fills a hole between two periods and after the last', () => {
		const spans = bandSpans(
			[period('2021-03', 'active', '2021-04'), period('2021-06', 'strained', '2021-07')],
			extent
		);
		expect(spans.map((s) => s.status)).toEqual(['none', 'active', 'none', 'strained', 'none']);
	});

	it('is one stretch of no report for a member with no status', () => {
		expect(bandSpans([], extent).map((s) => s.status)).toEqual(['none']);
	});
});

describe('the status legend', () => {
	it.each([
		[
			'only the statuses that occur, no report last',
			[period('2022-01', 'absent')],
			{ statuses: ['absent', 'none'], chair: false }
		],
		['no report alone when nothing is reported', [], { statuses: ['none'], chair: false }],
		[
			'the chair hatching only when a period is chaired',
			[{ ...period('2021-01-01', 'active'), chair: true as const }],
			{ statuses: ['active'], chair: true }
		]
	])('lists %s', (_, periods, expected) => {
		expect(legendEntries(bandSpans(periods, extent))).toEqual(expected);
	});
});
