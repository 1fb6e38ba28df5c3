import { describe, expect, it } from 'vitest';
import { inSteps } from '$lib/ui/inSteps';
import { yieldToBrowser } from '$lib/ui/yieldToBrowser';

describe('yieldToBrowser', () => {
	it('uses scheduler.yield where the browser has it', async () => {
		let asked = 0;
		const scope = { scheduler: { yield: () => (asked++, Promise.resolve()) } };
		await yieldToBrowser(scope);
		expect(asked).toBe(1);
	});

	it('falls back to a message to itself, which resolves in a later task', async () => {
		const order: string[] = [];
		const waiting = yieldToBrowser({ MessageChannel }).then(() => order.push('yielded'));
		order.push('same task');
		await waiting;
		expect(order).toEqual(['same task', 'yielded']);
	});

	it('falls back to a timer when there is neither', async () => {
		let done = false;
		const waiting = yieldToBrowser({}).then(() => (done = true));
		await Promise.resolve();
		expect(done).toBe(false);
		await waiting;
		expect(done).toBe(true);
	});
});

describe('inSteps', () => {
	it('runs each step in order, each after its own pause', async () => {
		const log: string[] = [];
		const pause = async () => void log.push('pause');
		const all = await inSteps(
			3,
			(n) => log.push(`step ${n}`),
			() => true,
			pause
		);
		expect(all).toBe(true);
		expect(log).toEqual(['pause', 'step 1', 'pause', 'step 2', 'pause', 'step 3']);
	});

	it('stops for good once the page is gone', async () => {
		const steps: number[] = [];
		let live = true;
		const all = await inSteps(
			4,
			(n) => {
				steps.push(n);
				if (n === 2) live = false;
			},
			() => live,
			async () => {}
		);
		expect(all).toBe(false);
		expect(steps).toEqual([1, 2]);
	});
});
