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
