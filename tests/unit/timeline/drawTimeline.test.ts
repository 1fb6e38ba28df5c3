import { describe, expect, it } from 'vitest';
import { drawTimeline, type DrawInput } from '$lib/timeline/drawTimeline';
import { buildEventIndex } from '$lib/timeline/eventIndex';
import { timelineGeometry } from '$lib/timeline/geometry';
import type { LaneLayout } from '$lib/timeline/layoutView';
import { ev } from './fixtures';

/** A 2D context that records the calls drawing makes, with their arguments. */
function recorder() {
	const calls: Array<[string, unknown[]]> = [];
	const ctx = new Proxy(
		{},
		{
			get:
				(_, name: string) =>
				(...args: unknown[]) =>
					calls.push([name, args]),
			set: () => true
		}
	);
	return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const index = buildEventIndex([ev('a', 'summit', '2022-09-13'), ev('b', 'clash', '2022-09-14')]);
const g = timelineGeometry(60);
const marks: LaneLayout = {
	kind: 'marks',
	marks: [{ i: 0, x0: 6, x1: 14, row: 0, point: true }],
	clusters: [{ x0: 26, x1: 52, count: 4, start: 0, end: 1, sample: [] }],
	count: 5
};
const density: LaneLayout = {
	kind: 'density',
	binWidth: 3,
	counts: new Uint32Array([0, 2, 7]),
	mass: new Float32Array([0, 2, 7]),
	max: 7,
	count: 8
};
const empty: LaneLayout = { kind: 'marks', marks: [], clusters: [], count: 0 };

const input = (rtl: boolean): DrawInput => ({
	layout: [marks, density, empty],
	geometry: g,
	width: 200,
	rtl,
	ticks: { unit: 'day', minor: [], major: [] },
	index,
	x: (t) => t,
	selected: 1,
	hovered: null,
	target: null,
	formatCount: (n) => String(n)
});

describe('drawTimeline', () => {
	it('reports every event it represents: marks, badge counts and bin totals', () => {
		expect(drawTimeline(recorder().ctx, input(false))).toBe(5 + 8);
	});

	it('mirrors marks and writes badge counts left to right on an RTL axis', () => {
		const ltr = recorder();
		drawTimeline(ltr.ctx, input(false));
		const rtl = recorder();
		drawTimeline(rtl.ctx, input(true));
		const arcX = (calls: typeof ltr.calls) => calls.find(([n]) => n === 'arc')![1][0];
		expect(arcX(ltr.calls)).toBe(10);
		expect(arcX(rtl.calls)).toBe(190);
		const text = rtl.calls.filter(([n]) => n === 'fillText').map(([, a]) => a[0]);
		expect(text).toEqual(['+4']);
	});

	it('draws only the bins that hold events', () => {
		const { ctx, calls } = recorder();
		drawTimeline(ctx, { ...input(false), layout: [empty, density, empty] });
		// Backgrounds and grid use fillRect; rect() is only for bins, and the empty one is skipped.
		expect(calls.filter(([n]) => n === 'rect')).toHaveLength(2);
	});
});
