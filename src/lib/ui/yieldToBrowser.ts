/** What yieldToBrowser needs of the page's global scope (a parameter, so tests can stand in). */
export interface YieldScope {
	scheduler?: { yield?: () => Promise<void> };
	MessageChannel?: typeof MessageChannel;
}

/**
 * Resolves in a new task, after the browser has had a chance to handle input and paint: mounting
 * the explorer part by part with a yield between the parts keeps every task short on a slow
 * phone. `scheduler.yield` where present (its continuation runs before other queued work of the
 * page); else a message to itself, which unlike `setTimeout(0)` is not clamped to 4 ms when nested.
 */
export function yieldToBrowser(scope: YieldScope = globalThis as YieldScope): Promise<void> {
	const scheduler = scope.scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	if (typeof scope.MessageChannel === 'function') {
		const { port1, port2 } = new scope.MessageChannel();
		return new Promise((resolve) => {
			port1.onmessage = () => {
				port1.close();
				resolve();
			};
			port2.postMessage(null);
		});
	}
	return new Promise((resolve) => setTimeout(resolve, 0));
}
