import { describe, expect, it } from 'vitest';
import { aggregate } from '$lib/timeline/aggregate';
import { buildEventIndex, laneMembers } from '$lib/timeline/eventIndex';
import { layoutMarks } from '$lib/timeline/layoutMarks';
import { layoutView } from '$lib/timeline/layoutView';
import { syntheticEventSet } from '$lib/model/synthetic';
import { ev, EXTENT, utc } from './fixtures';

const OPTIONS = { rows: 3, radius: 4, gap: 2, clusterWidth: 24, binWidth: 4 };
const MONTH = { start: utc(2022, 9, 1), end: utc(2022, 10, 1) };

const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) =>
	a.x0 < b.x1 && b.x0 < a.x1;

describe('layoutMarks', () => {
	it('stacks a same-day burst into rows and counts the rest in a badge', () => {
		const burst = Array.from({ length: 7 }, (_, i) => ev(`b${i}`, 'clash', '2022-09-13'));
		const index = buildEventIndex(burst);
		const lane = layoutMarks(
			index,
			laneMembers(index, 1, 0, index.events.length),
			MONTH,
			300,
			OPTIONS
		);
		expect(lane.marks.map((m) => m.row)).toEqual([0, 1, 2]);
		expect(lane.clusters).toHaveLength(1);
		expect(lane.clusters[0]!.count).toBe(4);
		expect(lane.count).toBe(7);
	});

	it('draws a month-precision event as a span over its whole month', () => {
		const index = buildEventIndex([ev('m', 'summit', '2022-09')]);
		const [mark] = layoutMarks(
			index,
			laneMembers(index, 0, 0, 1),
			{ start: utc(2022, 8, 1), end: utc(2022, 11, 1) },
			920,
			OPTIONS
		).marks;
		expect(mark!.point).toBe(false);
		expect(mark!.x0).toBeCloseTo((31 * 920) / 92);
		expect(mark!.x1).toBeCloseTo((61 * 920) / 92);
	});

	it('never lets two marks in a row touch, nor loses an event, on 2,000 synthetic events', () => {
		const index = buildEventIndex(syntheticEventSet(2000, 4).events);
		for (const view of [EXTENT, MONTH, { start: utc(2022, 9, 13), end: utc(2022, 9, 14) }]) {
			const layout = layoutView(index, view, 640, OPTIONS);
			for (const lane of layout) {
				if (lane.kind !== 'marks') continue;
				const clustered = lane.clusters.reduce((s, c) => s + c.count, 0);
				expect(lane.marks.length + clustered).toBe(lane.count);
				for (const a of lane.marks)
					for (const b of lane.marks)
						if (a !== b && a.row === b.row) expect(overlaps(a, b)).toBe(false);
				for (let c = 1; c < lane.clusters.length; c++)
					expect(lane.clusters[c]!.x0).toBeGreaterThanOrEqual(lane.clusters[c - 1]!.x1);
			}
		}
	});

	it('lets single days take the first row before a long span, which fills the gaps after', () => {
		const index = buildEventIndex([
			ev('year', 'deployment', '2022'),
			ev('d1', 'deployment', '2022-09-05'),
			ev('d2', 'deployment', '2022-09-20')
		]);
		const lane = layoutMarks(index, laneMembers(index, 2, 0, 3), MONTH, 300, {
			...OPTIONS,
			rows: 2
		});
		const row = (id: string) => lane.marks.find((m) => index.events[m.i]!.id.endsWith(id))?.row;
		expect([row('d1'), row('d2'), row('year')]).toEqual([0, 0, 1]);
	});

	it('puts a long span in a gap between marks when one is wide enough', () => {
		const index = buildEventIndex([
			ev('a', 'clash', '2022-09-01'),
			ev('b', 'clash', '2022-09-30'),
			ev('span', 'clash', '2022-09-08', '2022-09-22')
		]);
		const lane = layoutMarks(index, laneMembers(index, 1, 0, 3), MONTH, 600, {
			...OPTIONS,
			rows: 1
		});
		expect(lane.marks.map((m) => m.row)).toEqual([0, 0, 0]);
		expect(lane.clusters).toEqual([]);
	});

	it('leaves out events that end before the window or start after it', () => {
		const index = buildEventIndex([ev('a', 'clash', '2022-08-31'), ev('b', 'clash', '2022-10-01')]);
		expect(layoutMarks(index, laneMembers(index, 1, 0, 2), MONTH, 300, OPTIONS).count).toBe(0);
	});
});

describe('aggregate', () => {
	it('counts points in their bin and spans in every bin they cross, ends exclusive', () => {
		const index = buildEventIndex([
			ev('p', 'clash', '2022-09-02'),
			ev('q', 'clash', '2022-09-02'),
			ev('s', 'clash', '2022-09-11', '2022-09-20')
		]);
		// 30 days on 30 px with 1 px bins: one bin per day.
		const d = aggregate(
			index,
			laneMembers(index, 1, 0, 3),
			{ start: utc(2022, 9, 1), end: utc(2022, 10, 1) },
			30,
			1
		);
		expect(d.count).toBe(3);
		expect(d.counts[1]).toBe(2);
		expect([...d.counts.slice(10, 20)]).toEqual(Array(10).fill(1));
		expect(d.counts[9]).toBe(0);
		expect(d.counts[20]).toBe(0);
		expect(d.max).toBe(2);
	});

	it('spreads a span over the bins it covers so that single days stand out in the heights', () => {
		const index = buildEventIndex([
			ev('p', 'clash', '2022-09-02'),
			ev('s', 'clash', '2022-09-11', '2022-09-20')
		]);
		const d = aggregate(
			index,
			laneMembers(index, 1, 0, 2),
			{ start: utc(2022, 9, 1), end: utc(2022, 10, 1) },
			30,
			1
		);
		expect(d.mass[1]).toBeCloseTo(1);
		expect(d.mass[12]).toBeCloseTo(0.1);
		expect([...d.mass].reduce((a, b) => a + b, 0)).toBeCloseTo(2);
		expect(d.mass[25]).toBe(0);
	});

	it('clamps spans that reach past the window into the edge bins', () => {
		const index = buildEventIndex([ev('y', 'deployment', '2021', '2023')]);
		const d = aggregate(index, laneMembers(index, 2, 0, 1), MONTH, 10, 2);
		expect([...d.counts]).toEqual([1, 1, 1, 1, 1]);
	});
});

describe('layoutView', () => {
	it('aggregates a crowded lane over the whole window and returns to marks zoomed in', () => {
		const index = buildEventIndex(syntheticEventSet(100_000, 1).events);
		expect(layoutView(index, EXTENT, 800, OPTIONS).map((l) => l.kind)).toEqual([
			'density',
			'density',
			'density'
		]);
		const day = { start: utc(2022, 9, 13), end: utc(2022, 9, 14) };
		const zoomed = layoutView(index, day, 800, OPTIONS);
		expect(zoomed.every((l) => l.kind === 'marks')).toBe(true);
	});

	it.each([
		[0, EXTENT],
		[800, { start: 5, end: 5 }]
	])('lays out nothing for width %d or an empty window', (width, view) => {
		const index = buildEventIndex([ev('a', 'clash', '2022-01-01')]);
		for (const lane of layoutView(index, view, width, OPTIONS)) expect(lane.count).toBe(0);
	});
});

describe('focusItems', () => {
	it('gives keyboard targets near the centre in lanes drawn as bins, capped, in time order', async () => {
		const { focusItems } = await import('$lib/timeline/focusItems');
		const index = buildEventIndex(syntheticEventSet(20_000, 2).events);
		const layout = layoutView(index, EXTENT, 800, OPTIONS);
		expect(layout.every((l) => l.kind === 'density')).toBe(true);
		const items = focusItems(layout, index, null, EXTENT, 800, 30);
		expect(items).toHaveLength(30);
		for (let k = 1; k < items.length; k++) expect(items[k]!.i).toBeGreaterThan(items[k - 1]!.i);
		const centre = (EXTENT.start + EXTENT.end) / 2;
		for (const f of items)
			expect(Math.abs(index.starts[f.i]! - centre)).toBeLessThan(30 * 86_400_000);
	});

	it('always includes the selected event, even inside a bin', async () => {
		const { focusItems } = await import('$lib/timeline/focusItems');
		const index = buildEventIndex(syntheticEventSet(20_000, 2).events);
		const layout = layoutView(index, EXTENT, 800, OPTIONS);
		expect(focusItems(layout, index, 5, EXTENT, 800, 30).some((f) => f.i === 5)).toBe(true);
	});
});
