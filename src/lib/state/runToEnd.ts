/** Runs a generator of steps (see runInSteps) to its end at once, and gives back its result. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}
