/**
 * Resolves once the browser has painted what is on the page now: work that the first screen
 * does not need (the map's chunk, the event list) waits for it, so it never delays that paint.
 */
export function afterPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Resolves when the browser is idle (or after `timeout` ms at the latest). */
export function whenIdle(timeout = 1000): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestIdleCallback === 'function')
			requestIdleCallback(() => resolve(), { timeout });
		else setTimeout(resolve, 0);
	});
}

/**
 * afterPaint in a page that is shown; at once in a hidden one (a background tab gets no frames
 * until it is shown, and what waits here must not wait for that), or as soon as it is hidden.
 */
export function afterPaintIfShown(
	doc: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> = document,
	paint: () => Promise<void> = afterPaint
): Promise<void> {
	if (doc.visibilityState === 'hidden') return Promise.resolve();
	return new Promise((resolve) => {
		const hidden = () => {
			if (doc.visibilityState !== 'hidden') return;
			doc.removeEventListener('visibilitychange', hidden);
			resolve();
		};
		doc.addEventListener('visibilitychange', hidden);
		void paint().then(() => {
			doc.removeEventListener('visibilitychange', hidden);
			resolve();
		});
	});
}
