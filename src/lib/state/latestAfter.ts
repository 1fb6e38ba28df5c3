/**
 * Runs jobs after `wait()` resolves (e.g. after the next paint), only the latest of them: a job
 * asked for again before its turn replaces the one waiting, so three quick filter clicks redo
 * the off-screen work once, after the frame that shows the last. Returns a function that
 * schedules a job and gives back its cancel.
 */
export function latestAfter(wait: () => Promise<void>): (job: () => void) => () => void {
	let latest = 0;
	return (job) => {
		const mine = ++latest;
		void wait().then(() => {
			if (mine === latest) job();
		});
		return () => {
			if (mine === latest) latest++;
		};
	};
}
