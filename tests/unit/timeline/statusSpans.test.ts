import { describe, expect, it } from 'vitest';
import type { StatusPeriod } from '$lib/model/schema';
import { statusSpans } from '$lib/timeline/statusSpans';
import { syntheticEventSet } from '$lib/model/synthetic';
import { EXTENT, utc } from './fixtures';

const period = (
	from: string,
	to: string | undefined,
	status: StatusPeriod['status'],
	chair?: true
) =>
	({
		from,
		...(to ? { to } : {}),
		status,
		...(chair ? { chair } : {}),
		sources: []
	}) as StatusPeriod;

describe('statusSpans', () => {
	it('turns periods into spans, the last open one running to the end of the window', () => {
		expect(
			statusSpans(
				[
					period('2021-01-01', '2022-09-12', 'active', true),
					period('2022-09-13', undefined, 'strained')
				],
				EXTENT
			)
		).toEqual([
			{ start: utc(2021, 1, 1), end: utc(2022, 9, 13), status: 'active', chair: true, index: 0 },
			{ start: utc(2022, 9, 13), end: EXTENT.end, status: 'strained', chair: false, index: 1 }
		]);
	});

	it('covers the window without gaps for the synthetic Armenian periods', () => {
		const spans = statusSpans(syntheticEventSet(0, 1).memberStatus['ARM']!, EXTENT);
		expect(spans[0]!.start).toBe(EXTENT.start);
		expect(spans.at(-1)!.end).toBe(EXTENT.end);
		for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBe(spans[i - 1]!.end);
	});

	it.each([
		['an impossible month', period('2022-13', undefined, 'active')],
		['an end before the start', period('2022-05-01', '2022-01-01', 'active')],
		['a period before the window', period('2019-01-01', '2019-12-31', 'active')]
	])('drops %s', (_, p) => {
		expect(statusSpans([p], EXTENT)).toEqual([]);
	});

	it('clips a period that began before the window', () => {
		expect(statusSpans([period('2019', '2021-06', 'active')], EXTENT)[0]!.start).toBe(EXTENT.start);
	});
});
