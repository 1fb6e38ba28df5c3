/**
 * The thread (CPU) time between two performance marks of a Chromium trace, in ms: each mark's
 * trace event carries the clock of the thread that made it (`tts`, µs). Unlike the marks' wall
 * time it leaves out the time the page's thread waited for a core, which on a shared machine
 * swings the wall figures 2×; it also leaves out what other threads (workers, the compositor)
 * did meanwhile, and the time spent waiting for a frame, so it is a second figure, not the first.
 * @param {{ traceEvents?: any[] } | any[]} trace a parsed trace (Chromium's JSON)
 * @param {string} from
 * @param {string} to
 * @returns {number} NaN when either mark, or its thread clock, is missing
 */
export function markThreadTime(trace, from, to) {
	const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
	/** @param {string} name */
	const clock = (name) => {
		const e = events.find((x) => x.name === name && x.cat?.includes('blink.user_timing'));
		return typeof e?.tts === 'number' ? e.tts : NaN;
	};
	return (clock(to) - clock(from)) / 1000;
}
