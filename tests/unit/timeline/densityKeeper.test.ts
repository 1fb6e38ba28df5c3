import { describe, expect, it } from 'vitest';
import { syntheticEventSet } from '$lib/model/synthetic';
import { ALL_LANES, filterPositions, laneMask } from '$lib/state/filterPositions';
import { densityKeeper } from '$lib/timeline/densityKeeper';
import { buildEventIndex, subsetAt, wholeIndex } from '$lib/timeline/eventIndex';
import { layoutView, type LaneLayout, type ViewOptions } from '$lib/timeline/layoutView';
import { MARK_OPTIONS } from '$lib/timeline/markStyle';

const full = buildEventIndex(syntheticEventSet(20_000, 3).events);
const options: ViewOptions = { ...MARK_OPTIONS, rows: 3 };
const wide = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2024, 0, 1) };
const narrow = { start: Date.UTC(2022, 5, 1), end: Date.UTC(2022, 5, 3) };
const noClash = laneMask(['summit', 'deployment']);

/** Lays out with a keeper keyed as the timeline keys it (no country here). */
const laidOut = (keeper: ReturnType<typeof densityKeeper>, mask: number, view = wide, w = 800) => {
	const index =
		mask === ALL_LANES ? wholeIndex(full) : subsetAt(full, filterPositions(full.lanes, mask, null));
	const made: number[] = [];
	const layout = layoutView(index, view, w, options, (lane, make) =>
		keeper(` ${lane} ${(mask >> lane) & 1}`, view, w, () => (made.push(lane), make()))
	);
	return { layout, made, alone: layoutView(index, view, w, options) };
};

describe('densityKeeper', () => {
	it('lays out a type toggled off as without it, counting again only the lane that changed', () => {
		const keeper = densityKeeper();
		const before = laidOut(keeper, ALL_LANES);
		expect(before.layout.every((l: LaneLayout) => l.kind === 'density')).toBe(true);
		const after = laidOut(keeper, noClash);
		expect(after.layout).toEqual(after.alone);
		expect(after.made).toEqual([1]);
		expect(after.layout[0]).toBe(before.layout[0]);
	});

	it('counts every lane again for another view or width', () => {
		const keeper = densityKeeper();
		laidOut(keeper, ALL_LANES);
		expect(laidOut(keeper, noClash, wide, 801).made).toEqual([0, 1, 2]);
		expect(laidOut(keeper, ALL_LANES, { ...wide, end: wide.end + 1 }).made).toEqual([0, 1, 2]);
	});

	it('keeps no marks, which point into their own index', () => {
		const keeper = densityKeeper();
		const first = laidOut(keeper, ALL_LANES, narrow);
		expect(first.layout.every((l) => l.kind === 'marks')).toBe(true);
		const again = laidOut(keeper, noClash, narrow);
		expect(again.made).toEqual([0, 1, 2]);
		expect(again.layout).toEqual(again.alone);
	});
});
