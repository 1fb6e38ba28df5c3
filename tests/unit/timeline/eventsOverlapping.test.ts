import { describe, expect, it } from 'vitest';
import { buildEventIndex, eventsOverlapping } from '$lib/timeline/eventIndex';
import { eventsInWindow } from '$lib/ui/eventsInWindow';
import { syntheticEventSet } from '$lib/model/synthetic';
import { ev, utc } from './fixtures';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('eventsOverlapping', () => {
	it('finds what filtering every event by its span finds, in date order', () => {
		const { events } = syntheticEventSet(3_000, 5);
		const index = buildEventIndex(events);
		for (const [from, to] of [
			['2021-01-01', '2024-01-01'],
			['2022-09-13', '2022-09-14'],
			['2022-02-10', '2022-05-01'],
			['2023-12-31', '2024-01-01']
		] as const) {
			const window = { start: at(from), end: at(to) };
			const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();
			expect(ids(eventsOverlapping(index, window.start, window.end))).toEqual(
				ids(eventsInWindow(events, window))
			);
		}
	});

	it('keeps a long span that began before the window and leaves out one that ended', () => {
		const index = buildEventIndex([
			ev('long', 'deployment', '2021-01', '2022-06'),
			ev('short', 'deployment', '2021-02')
		]);
		const found = eventsOverlapping(index, utc(2022, 3), utc(2022, 4)).map((e) => e.id);
		expect(found).toEqual(['2021-01-deployment-long']);
	});
});
