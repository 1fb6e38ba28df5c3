import { describe, expect, it } from 'vitest';
import { spanOfDays } from '../../../../src/lib/pipeline/dates/spanOfDays';

describe('spanOfDays', () => {
	it.each([
		{ days: ['2022-09-13'], span: { date: '2022-09-13', end: null } },
		{ days: ['2022-09-13', null, '2022-09-13'], span: { date: '2022-09-13', end: null } },
		{
			days: ['2022-09-14', '2022-09-12', null, '2022-09-13'],
			span: { date: '2022-09-12', end: '2022-09-14' }
		},
		{ days: ['2023-01-02', '2022-12-30'], span: { date: '2022-12-30', end: '2023-01-02' } }
	])('spans $days as $span.date to $span.end', ({ days, span }) => {
		expect(spanOfDays(days)).toEqual(span);
	});
});
