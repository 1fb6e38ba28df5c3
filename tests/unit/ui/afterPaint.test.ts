import { describe, expect, it } from 'vitest';
import { afterPaintIfShown } from '$lib/ui/afterPaint';

/** A document whose visibility the test sets and announces. */
function fakeDocument(state: DocumentVisibilityState) {
	const listeners = new Set<() => void>();
	return {
		visibilityState: state,
		addEventListener: (_: string, f: () => void) => listeners.add(f),
		removeEventListener: (_: string, f: () => void) => listeners.delete(f),
		hide() {
			this.visibilityState = 'hidden';
			for (const f of [...listeners]) f();
		},
		listeners
	};
}

const settled = async (p: Promise<void>) => {
	let done = false;
	void p.then(() => (done = true));
	await new Promise((r) => setTimeout(r, 0));
	return done;
};

describe('afterPaintIfShown', () => {
	it('waits for the paint in a page that is shown, then stops listening', async () => {
		const doc = fakeDocument('visible');
		let painted!: () => void;
		const waiting = afterPaintIfShown(doc as never, () => new Promise((r) => (painted = r)));
		expect(await settled(waiting)).toBe(false);
		painted();
		expect(await settled(waiting)).toBe(true);
		expect(doc.listeners.size).toBe(0);
	});

	it('does not wait in a hidden page, which gets no frames', async () => {
		const doc = fakeDocument('hidden');
		expect(await settled(afterPaintIfShown(doc as never, () => new Promise(() => {})))).toBe(true);
	});

	it('stops waiting when the page is hidden before it paints', async () => {
		const doc = fakeDocument('visible');
		const waiting = afterPaintIfShown(doc as never, () => new Promise(() => {}));
		expect(await settled(waiting)).toBe(false);
		doc.hide();
		expect(await settled(waiting)).toBe(true);
	});
});
