import { describe, expect, it } from 'vitest';
import { runInSteps } from '$lib/state/runInSteps';
import { runToEnd } from '$lib/state/runToEnd';

/** Ten steps, each taking `cost` ms of a fake clock, then 'done'. */
function* tenSteps(clock: { t: number }, cost: number): Generator<void, string, void> {
	for (let i = 0; i < 10; i++) {
		clock.t += cost;
		yield;
	}
	return 'done';
}

describe('runInSteps', () => {
	it('runs as many steps per task as fit its budget, then hands over the result', () => {
		const clock = { t: 0 };
		const tasks: (() => void)[] = [];
		const results: string[] = [];
		runInSteps(tenSteps(clock, 3), (r) => results.push(r), {
			budgetMs: 8,
			now: () => clock.t,
			later: (run) => tasks.push(run)
		});
		let ran = 0;
		while (tasks.length) {
			tasks.shift()!();
			ran++;
		}
		// 3 ms steps in 8 ms tasks: 3 steps each, then the end: 4 tasks, nothing in the first call.
		expect(ran).toBe(4);
		expect(results).toEqual(['done']);
	});

	it('calls nothing once cancelled', () => {
		const clock = { t: 0 };
		const tasks: (() => void)[] = [];
		const results: string[] = [];
		const cancel = runInSteps(tenSteps(clock, 3), (r) => results.push(r), {
			now: () => clock.t,
			later: (run) => tasks.push(run)
		});
		tasks.shift()!();
		cancel();
		while (tasks.length) tasks.shift()!();
		expect(results).toEqual([]);
	});

	it('gives the same result as running the steps to their end at once', () => {
		expect(runToEnd(tenSteps({ t: 0 }, 1))).toBe('done');
	});
});
