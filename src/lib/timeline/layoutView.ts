import type { TimeWindow } from '$lib/state/explorer.svelte';
import { aggregate, type LaneDensity } from './aggregate';
import { candidateRange, laneMembers, type EventIndex } from './eventIndex';
import { LANES } from './lanes';
import { layoutMarks, type LaneMarks, type MarkOptions } from './layoutMarks';

const MIN_DENSITY_SPAN = 31 * 86_400_000;

export type LaneLayout = LaneMarks | LaneDensity;

export interface ViewOptions extends MarkOptions {
	binWidth: number;
}

/**
 * Lays out every lane for the window: single marks while a lane's events could fit in its rows,
 * density bins beyond that (when most would end up in count badges anyway). The cut-off depends
 * on the lane's count in view, never on the data's total, so zooming in always reaches marks;
 * below a month the lanes always show marks, however crowded, with count badges for the rest.
 */
export function layoutView(
	index: EventIndex,
	view: TimeWindow,
	width: number,
	options: ViewOptions,
	/** Gives a lane's layout, made by the function it is passed or kept from before (see densityKeeper). */
	lane: (lane: number, make: () => LaneLayout) => LaneLayout = (_, make) => make()
): LaneLayout[] {
	if (width <= 0 || !(view.end > view.start)) return LANES.map(() => emptyLane());
	const [lo, hi] = candidateRange(index, view.start, view.end);
	const capacity = Math.max(40, (options.rows * width) / (2 * options.radius + options.gap));
	// Over a few weeks marks stay, badges and all: bins there would be flat blocks of long spans.
	const wide = view.end - view.start > MIN_DENSITY_SPAN;
	const make = (lane: number) => () => {
		const members = laneMembers(index, lane, lo, hi);
		// Candidates that end before the window do not count towards crowding.
		let count = 0;
		if (wide)
			for (let k = 0; k < members.length; k++) if (index.ends[members[k]!]! > view.start) count++;
		return wide && count > capacity
			? aggregate(index, members, view, width, options.binWidth)
			: layoutMarks(index, members, view, width, options);
	};
	return LANES.map((_, i) => lane(i, make(i)));
}

function emptyLane(): LaneMarks {
	return { kind: 'marks', marks: [], clusters: [], count: 0 };
}
