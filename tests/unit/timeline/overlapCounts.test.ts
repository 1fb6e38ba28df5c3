import { describe, expect, it } from 'vitest';
import { buildEventIndex, eventsOverlapping, subsetAt } from '$lib/timeline/eventIndex';
import { countOverlapping } from '$lib/timeline/countOverlapping';
import { overlapPositions } from '$lib/timeline/overlapPositions';
import { syntheticEventSet } from '$lib/model/synthetic';
import { ev, utc } from './fixtures';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const WINDOWS = [
	['2021-01-01', '2024-01-01'],
	['2022-09-13', '2022-09-14'],
	['2022-02-10', '2022-05-01'],
	['2023-12-31', '2024-01-01'],
	['2019-01-01', '2020-01-01']
] as const;

describe('countOverlapping and overlapPositions', () => {
	const full = buildEventIndex(syntheticEventSet(3_000, 5).events);
	// A filtered index too: every third event.
	const third = subsetAt(
		full,
		Uint32Array.from({ length: Math.ceil(full.events.length / 3) }, (_, k) => 3 * k)
	);

	it.each(WINDOWS)('agree with eventsOverlapping from %s to %s', (from, to) => {
		for (const index of [full, third]) {
			const listed = eventsOverlapping(index, at(from), at(to));
			expect(countOverlapping(index, at(from), at(to))).toBe(listed.length);
			const positions = overlapPositions(index, at(from), at(to));
			expect(Array.from(positions, (i) => index.events[i]!.id)).toEqual(listed.map((e) => e.id));
		}
	});

	it('count a long span that began before the window and not one that ended', () => {
		const index = buildEventIndex([
			ev('long', 'deployment', '2021-01', '2022-06'),
			ev('short', 'deployment', '2021-02')
		]);
		expect(countOverlapping(index, utc(2022, 3), utc(2022, 4))).toBe(1);
		expect([...overlapPositions(index, utc(2022, 3), utc(2022, 4))]).toEqual([0]);
	});

	it('find nothing in an empty index', () => {
		const index = buildEventIndex([]);
		expect(countOverlapping(index, utc(2022, 1), utc(2023, 1))).toBe(0);
		expect(overlapPositions(index, utc(2022, 1), utc(2023, 1)).length).toBe(0);
	});
});
