import { describe, expect, it } from 'vitest';
import { whenNear, type ObserverConstructor } from '$lib/ui/whenNear';

/** An IntersectionObserver whose intersections the test reports by hand. */
function fakeObserver() {
	const made: { margin: string; report: (hit: boolean) => void; disconnected: boolean }[] = [];
	const Observer: ObserverConstructor = class {
		constructor(
			callback: (entries: { isIntersecting: boolean }[]) => void,
			options: { rootMargin: string }
		) {
			const entry = {
				margin: options.rootMargin,
				disconnected: false,
				report: (hit: boolean) => {
					if (!entry.disconnected) callback([{ isIntersecting: hit }]);
				}
			};
			made.push(entry);
			this.disconnect = () => (entry.disconnected = true);
		}
		observe() {}
		disconnect() {}
	};
	return { Observer, made };
}

const settled = async (p: Promise<void>) => {
	let done = false;
	void p.then(() => (done = true));
	await new Promise((r) => setTimeout(r, 0));
	return done;
};

describe('whenNear', () => {
	it('waits until the element comes within the margin, then stops watching', async () => {
		const { Observer, made } = fakeObserver();
		const { near } = whenNear({} as Element, '0px 0px 50% 0px', Observer);
		expect(made[0]?.margin).toBe('0px 0px 50% 0px');
		made[0]?.report(false);
		expect(await settled(near)).toBe(false);
		made[0]?.report(true);
		expect(await settled(near)).toBe(true);
		expect(made[0]?.disconnected).toBe(true);
	});

	it('never resolves once cancelled, even if the element comes near afterwards', async () => {
		const { Observer, made } = fakeObserver();
		const { near, cancel } = whenNear({} as Element, '0px', Observer);
		cancel();
		made[0]?.report(true);
		expect(await settled(near)).toBe(false);
	});

	it('resolves at once where the browser has no IntersectionObserver', async () => {
		const { near } = whenNear({} as Element, '0px', undefined);
		expect(await settled(near)).toBe(true);
	});
});
