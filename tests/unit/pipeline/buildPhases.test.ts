/**
 * The build names each of its steps as it ends, in order, for bench/rebuildOnce.ts to time them,
 * and builds the same set whether anyone listens or not.
 */
import { describe, expect, it } from 'vitest';
import { buildEventSet, buildEventSetParallel, type BuildPhase } from '$lib/pipeline/buildEventSet';

const DEV = 'tests/corpora/dev';
const ORDER: BuildPhase[] = [
	'read',
	'extract',
	'merge',
	'ids',
	'cite',
	'events',
	'evidence',
	'status',
	'validate',
	'report'
];

describe('the build’s steps', () => {
	it('are named once each, in order, on one thread and on several', async () => {
		const seen: BuildPhase[] = [];
		const withPhases = buildEventSet(DEV, { onPhase: (p) => seen.push(p) });
		expect(seen).toEqual(ORDER);
		const parallel: BuildPhase[] = [];
		await buildEventSetParallel(DEV, {
			threads: 2,
			minParallel: 1,
			onPhase: (p) => parallel.push(p)
		});
		expect(parallel).toEqual(ORDER);
		expect(JSON.stringify(withPhases.eventSet)).toBe(JSON.stringify(buildEventSet(DEV).eventSet));
	});
});
