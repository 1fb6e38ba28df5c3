import { describe, expect, it } from 'vitest';
import {
	bisect,
	buildEventIndex,
	candidateRange,
	laneMembers,
	positionOf
} from '$lib/timeline/eventIndex';
import { ev, utc } from './fixtures';

describe('buildEventIndex', () => {
	it('puts events in start order with their whole spans, lanes and point flags', () => {
		const index = buildEventIndex([
			ev('b', 'clash', '2022-03-05'),
			ev('a', 'summit', '2022-03'),
			ev('c', 'deployment', '2021', '2022')
		]);
		expect(index.events.map((e) => e.id)).toEqual([
			'2021-deployment-c',
			'2022-03-summit-a',
			'2022-03-05-clash-b'
		]);
		expect([...index.starts]).toEqual([utc(2021, 1), utc(2022, 3), utc(2022, 3, 5)]);
		expect([...index.ends]).toEqual([utc(2023, 1), utc(2022, 4), utc(2022, 3, 6)]);
		expect([...index.lanes]).toEqual([2, 0, 1]);
		expect([...index.points]).toEqual([0, 0, 1]);
		expect([...index.maxEnds]).toEqual([utc(2023, 1), utc(2023, 1), utc(2023, 1)]);
		expect(index.byLane.map((l) => [...l])).toEqual([[1], [2], [0]]);
	});

	it.each([['2022-13'], ['2022-02-30'], ['yesterday'], ['']])(
		'skips an event dated %j instead of throwing',
		(date) => {
			const index = buildEventIndex([
				ev('ok', 'clash', '2022-01-01'),
				{ ...ev('x', 'clash', '2022-01-02'), date }
			]);
			expect(index.events).toHaveLength(1);
			expect(index.skipped).toBe(1);
		}
	);

	it('finds every event overlapping a window, long spans that began earlier included', () => {
		const index = buildEventIndex([
			ev('long', 'deployment', '2021-01', '2022-12'),
			ev('early', 'clash', '2021-02-01'),
			ev('in', 'clash', '2022-06-01'),
			ev('late', 'clash', '2023-06-01')
		]);
		const [lo, hi] = candidateRange(index, utc(2022, 5, 1), utc(2022, 7, 1));
		const hits = [];
		for (let i = lo; i < hi; i++)
			if (index.ends[i]! > utc(2022, 5, 1)) hits.push(index.events[i]!.id);
		expect(hits).toEqual(['2021-01-deployment-long', '2022-06-01-clash-in']);
	});
});

describe('laneMembers', () => {
	it("lists a lane's positions inside a range of positions", () => {
		const index = buildEventIndex(
			['a', 'b', 'c', 'd', 'e'].map((id, k) =>
				ev(id, k % 2 ? 'clash' : 'summit', `2022-01-0${k + 1}`)
			)
		);
		expect([...laneMembers(index, 0, 1, 5)]).toEqual([2, 4]);
		expect([...laneMembers(index, 1, 0, 2)]).toEqual([1]);
		expect([...laneMembers(index, 2, 0, 5)]).toEqual([]);
	});
});

describe('positionOf', () => {
	it('finds an event among others of the same day, and nothing for one not indexed', () => {
		const events = ['a', 'b', 'c'].map((id) => ev(id, 'clash', '2022-09-13'));
		const index = buildEventIndex([ev('x', 'summit', '2022-01'), ...events]);
		expect(positionOf(index, events[2])).toBe(3);
		expect(positionOf(index, ev('d', 'clash', '2022-09-13'))).toBeNull();
		expect(positionOf(index, { ...events[0]!, date: '2022-02-30' })).toBeNull();
		expect(positionOf(index, null)).toBeNull();
	});
});

describe('bisect', () => {
	it.each([
		[[1, 2, 2, 3], 2, false, 1],
		[[1, 2, 2, 3], 2, true, 3],
		[[1, 2, 3], 0, false, 0],
		[[1, 2, 3], 9, false, 3],
		[[], 1, false, 0]
	])('in %j finds %d (strict %s) at %d', (values, x, strict, expected) => {
		expect(bisect(values, x, strict)).toBe(expected);
	});
});
