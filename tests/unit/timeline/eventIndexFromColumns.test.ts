/**
 * The timeline's index read from the index file's columns is the one buildEventIndex reads from
 * the events' date strings, exactly: the same order, spans, lanes, points and skipped events, for
 * generated sets and for hand-made lists that are unsorted, mix precisions or carry dates the
 * schema refuses.
 */
import { describe, expect, it } from 'vitest';
import { compactIndex, expandEvents } from '$lib/model/compactIndex';
import type { EventSetIndex, IndexEvent } from '$lib/model/schema';
import { splitEventSet } from '$lib/model/splitEventSet';
import { syntheticEventSet } from '$lib/model/synthetic';
import { buildEventIndex } from '$lib/timeline/eventIndex';
import { eventIndexFromColumns } from '$lib/timeline/eventIndexFromColumns';
import { ev } from './fixtures';

const entry = (e: ReturnType<typeof ev>): IndexEvent => {
	const rest: Partial<typeof e> = { ...e };
	delete rest.sources;
	return rest as IndexEvent;
};

/** Both ways over the same events, as the page holds them (made from the columns). */
function bothWays(events: IndexEvent[]) {
	const index: EventSetIndex = {
		version: 2,
		window: { start: '2021-01-01', end: '2023-12-31' },
		countries: {},
		events,
		memberStatus: {}
	};
	const file = compactIndex(index);
	const made = expandEvents(file.events, file);
	return {
		fromColumns: eventIndexFromColumns(made, file.events, file),
		fromStrings: buildEventIndex(made)
	};
}

describe('eventIndexFromColumns', () => {
	it.each([
		[
			'a generated set of 3,000 events',
			() => splitEventSet(syntheticEventSet(3000, 7)).index.events
		],
		['no events', () => []],
		['one event', () => [entry(ev('a', 'summit', '2022-03-05'))]],
		[
			'events out of date order, of every precision and with ends',
			() => [
				entry(ev('b', 'clash', '2022-03-05')),
				entry(ev('a', 'summit', '2022-03')),
				entry(ev('c', 'deployment', '2021', '2022')),
				entry(ev('d', 'deployment', '2022-03-05', '2022-03-09')),
				entry(ev('e', 'clash', '2022-03-05')),
				entry(ev('f', 'summit', '2021-12-31', '2022-01'))
			]
		],
		[
			'dates the schema refuses, in the date and in the end',
			() => [
				entry(ev('ok', 'clash', '2022-01-01')),
				{ ...entry(ev('x', 'clash', '2022-01-02')), date: '2022-13' },
				{ ...entry(ev('y', 'summit', '2022-01-03')), date: '2022-02-30' },
				entry(ev('z', 'summit', '2022-01-04', 'soon')),
				{ ...entry(ev('w', 'deployment', '2022-01-05')), date: '' },
				entry(ev('v', 'deployment', '2021-06'))
			]
		],
		[
			'a single day repeated by many events of each type',
			() =>
				Array.from({ length: 50 }, (_, i) =>
					entry(ev(`p${i}`, (['summit', 'clash', 'deployment'] as const)[i % 3]!, '2023-11-23'))
				)
		]
	])('gives buildEventIndex’s index for %s', (_, events) => {
		const { fromColumns, fromStrings } = bothWays(events());
		expect(fromColumns).toStrictEqual(fromStrings);
		// The same event objects, not copies: the explorer finds events by identity.
		fromColumns.events.forEach((e, i) => expect(e).toBe(fromStrings.events[i]));
	});
});
