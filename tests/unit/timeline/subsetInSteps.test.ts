import { describe, expect, it } from 'vitest';
import { syntheticEventSet } from '$lib/model/synthetic';
import { runToEnd } from '$lib/state/runToEnd';
import { buildEventIndex, subsetAt } from '$lib/timeline/eventIndex';
import { subsetInSteps } from '$lib/timeline/subsetInSteps';

const full = buildEventIndex(syntheticEventSet(3_000, 4).events);
/** Every third position, and the nasty cases: none, one, all. */
const cases: [string, Uint32Array][] = [
	['every third', Uint32Array.from({ length: 1_000 }, (_, j) => 3 * j)],
	['none', new Uint32Array(0)],
	['the first only', Uint32Array.of(0)],
	['all', Uint32Array.from(full.events.keys())]
];

describe('subsetInSteps', () => {
	it.each(cases)('cuts %s the same in slices of any size as at once', (_, at) => {
		const whole = subsetAt(full, at);
		for (const slice of [1, 7, 250, at.length || 1, Infinity])
			expect(runToEnd(subsetInSteps(full, at, slice))).toEqual(whole);
	});

	it('pauses once per slice, so no step copies more than a slice', () => {
		const at = Uint32Array.from({ length: 1_000 }, (_, j) => j);
		const steps = subsetInSteps(full, at, 250);
		let pauses = 0;
		while (!steps.next().done) pauses++;
		expect(pauses).toBe(3);
	});
});
