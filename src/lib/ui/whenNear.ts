/** The slice of IntersectionObserver that whenNear uses (a fake stands in for it in unit tests). */
export type ObserverConstructor = new (
	callback: (entries: { isIntersecting: boolean }[]) => void,
	options: { rootMargin: string }
) => { observe(el: Element): void; disconnect(): void };

/**
 * Resolves once `el` comes within `margin` of the viewport (CSS margin syntax, e.g. "0px 0px 50%
 * 0px"), at once where IntersectionObserver is missing. Work for parts below the first screen — the
 * map on a phone — waits for it, so a reader who never scrolls there never pays for it. `cancel`
 * stops watching; the promise then never resolves.
 */
export function whenNear(
	el: Element,
	margin: string,
	Observer: ObserverConstructor | undefined = globalThis.IntersectionObserver
): { near: Promise<void>; cancel: () => void } {
	if (!Observer) return { near: Promise.resolve(), cancel: () => {} };
	let observer: InstanceType<ObserverConstructor> | null = null;
	const near = new Promise<void>((resolve) => {
		observer = new Observer(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				observer?.disconnect();
				resolve();
			},
			{ rootMargin: margin }
		);
		observer.observe(el);
	});
	return { near, cancel: () => observer?.disconnect() };
}
