import { describe, expect, it } from 'vitest';
import { countOf } from '$lib/pipeline/dates/countWords';

describe('how many units a count of time says', () => {
	it.each([
		[undefined, 'يوم', 1],
		[undefined, 'يومين', 2],
		[undefined, 'اسبوعين', 2],
		[undefined, 'سنتين', 2],
		['ثلاثه', 'ايام', 3],
		['ثلاث', 'سنوات', 3],
		['ثماني', 'سنوات', 8],
		['عشره', 'ايام', 10],
		['5', 'ايام', 5],
		['12', 'يوما', 12],
		['20', 'عام', 20],
		[undefined, 'ايام', undefined],
		[undefined, 'يوما', undefined],
		[undefined, 'اسابيع', undefined],
		['ثلاثه', 'ساعات', undefined],
		['كثيره', 'ايام', undefined]
	])('%s %s counts %s', (number, unit, expected) => {
		expect(countOf(number, unit)).toBe(expected);
	});
});
