import { describe, expect, it } from 'vitest';
import { memoPerObject, sameArgs } from '$lib/state/memoPerObject';
import { sameLayoutArgs } from '$lib/timeline/sameLayoutArgs';

describe('memoPerObject', () => {
	it('computes again only for another object or other arguments', () => {
		const calls: string[] = [];
		const f = memoPerObject((o: { name: string }, width: number) => {
			calls.push(`${o.name}@${width}`);
			return { o, width };
		});
		const a = { name: 'a' };
		const b = { name: 'b' };
		const first = f(a, 100);
		expect(f(a, 100)).toBe(first);
		f(b, 100);
		// a is kept while b is computed: toggling back costs nothing.
		expect(f(a, 100)).toBe(first);
		f(a, 200);
		f(a, 100);
		expect(calls).toEqual(['a@100', 'b@100', 'a@200', 'a@100']);
	});

	it('compares arguments with the given test', () => {
		let calls = 0;
		const f = memoPerObject(
			(_: object, view: { start: number; end: number }) => (calls++, view.end - view.start),
			(x, y) => x[0].start === y[0].start && x[0].end === y[0].end
		);
		const o = {};
		f(o, { start: 0, end: 10 });
		f(o, { start: 0, end: 10 });
		expect(calls).toBe(1);
	});
});

describe('sameArgs', () => {
	it.each([
		[[1, 'x'], [1, 'x'], true],
		[[1, 'x'], [1, 'y'], false],
		[[1], [1, 2], false],
		[[NaN], [NaN], true]
	])('%j against %j: %s', (a, b, same) => {
		expect(sameArgs(a, b)).toBe(same);
	});
});

describe('sameLayoutArgs', () => {
	const options = { rows: 3, radius: 4, gap: 2, binWidth: 3 } as never;
	it.each([
		[{ start: 0, end: 10 }, 800, options, true],
		[{ start: 0, end: 11 }, 800, options, false],
		[{ start: 0, end: 10 }, 801, options, false],
		[{ start: 0, end: 10 }, 800, { ...(options as object) } as never, false]
	])('a window %j at width %d: the same layout is %s', (view, width, opts, same) => {
		expect(sameLayoutArgs([{ start: 0, end: 10 }, 800, options], [view, width, opts])).toBe(same);
	});
});
