/**
 * The data worker makes the timeline's spans from the columns and the page puts its events in:
 * the index so made, after a structured clone as postMessage makes it, is the one
 * buildEventIndex makes from the events themselves.
 */
import { describe, expect, it } from 'vitest';
import { compactIndex, expandEvents } from '$lib/model/compactIndex';
import type { EventSetIndex, IndexEvent } from '$lib/model/schema';
import { buildEventIndex } from '$lib/timeline/eventIndex';
import { eventIndexFromSpans, spansBuffers, timelineSpans } from '$lib/timeline/timelineSpans';
import { ev } from './fixtures';

const entry = (e: ReturnType<typeof ev>): IndexEvent => {
	const rest: Partial<typeof e> = { ...e };
	delete rest.sources;
	return rest as IndexEvent;
};

function fileOf(events: IndexEvent[]) {
	const index: EventSetIndex = {
		version: 2,
		window: { start: '2021-01-01', end: '2023-12-31' },
		countries: {},
		events,
		memberStatus: {}
	};
	return compactIndex(index);
}

describe('timelineSpans', () => {
	it('gives, across a structured clone, the index buildEventIndex makes of unsorted events with a bad date', () => {
		const file = fileOf([
			entry(ev('b', 'clash', '2022-03-05')),
			entry(ev('a', 'summit', '2022-03')),
			entry(ev('x', 'summit', '2022-13')),
			entry(ev('c', 'deployment', '2021', '2022'))
		]);
		const made = expandEvents(file.events, file);
		const spans = timelineSpans(file.events, file);
		const sent = structuredClone(spans, { transfer: spansBuffers(spans) });
		expect(eventIndexFromSpans(made, sent)).toEqual(buildEventIndex(made));
		expect(Array.from(sent.positions)).toEqual([3, 1, 0]);
	});

	it('keeps the page’s own event objects, in order, when every event is kept in its order', () => {
		const file = fileOf([
			entry(ev('a', 'summit', '2021-02-01')),
			entry(ev('b', 'clash', '2022-03-05'))
		]);
		const made = expandEvents(file.events, file);
		const index = eventIndexFromSpans(made, timelineSpans(file.events, file));
		expect(index.events[0]).toBe(made[0]);
		expect(index.events[1]).toBe(made[1]);
		expect(index.events).not.toBe(made);
	});
});
