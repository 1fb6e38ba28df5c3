/**
 * Runs a generator's steps in tasks of about `budgetMs` each, yielding to the page between them,
 * then hands its result to `done`: work of a few hundred ms (grouping 100,000 events by place)
 * then never holds the main thread for long. Returns a cancel; a cancelled run calls nothing.
 */
export function runInSteps<T>(
	steps: Generator<void, T, void>,
	done: (result: T) => void,
	{
		budgetMs = 8,
		now = () => performance.now(),
		later = (run: () => void) => setTimeout(run, 0)
	}: { budgetMs?: number; now?: () => number; later?: (run: () => void) => void } = {}
): () => void {
	let cancelled = false;
	const slice = () => {
		if (cancelled) return;
		const until = now() + budgetMs;
		for (;;) {
			const next = steps.next();
			if (next.done) return done(next.value);
			if (now() >= until) return later(slice);
		}
	};
	later(slice);
	return () => {
		cancelled = true;
	};
}
