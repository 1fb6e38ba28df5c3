import { describe, expect, it } from 'vitest';
import { latestAfter } from '$lib/state/latestAfter';

/** A wait that resolves when the test says so. */
function gate() {
	const opened: (() => void)[] = [];
	return {
		wait: () => new Promise<void>((r) => opened.push(r)),
		open: async () => {
			for (const r of opened.splice(0)) r();
			await Promise.resolve();
			await Promise.resolve();
		}
	};
}

describe('latestAfter', () => {
	it('runs nothing before the wait is over', async () => {
		const g = gate();
		const ran: string[] = [];
		latestAfter(g.wait)(() => ran.push('a'));
		expect(ran).toEqual([]);
		await g.open();
		expect(ran).toEqual(['a']);
	});

	it('runs only the latest job of those asked for during one wait', async () => {
		const g = gate();
		const ran: string[] = [];
		const schedule = latestAfter(g.wait);
		schedule(() => ran.push('off'));
		schedule(() => ran.push('on'));
		schedule(() => ran.push('KAZ'));
		await g.open();
		expect(ran).toEqual(['KAZ']);
	});

	it('runs nothing once the latest job is cancelled, and an older cancel changes nothing', async () => {
		const g = gate();
		const ran: string[] = [];
		const schedule = latestAfter(g.wait);
		const cancelOld = schedule(() => ran.push('old'));
		const cancel = schedule(() => ran.push('new'));
		cancelOld();
		await g.open();
		expect(ran).toEqual(['new']);
		schedule(() => ran.push('later'))();
		cancel();
		await g.open();
		expect(ran).toEqual(['new']);
	});
});
