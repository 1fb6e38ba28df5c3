/**
 * How many threads a build extracts on when not told: every core, but one on a machine of two or
 * fewer. Measured on a 2-vCPU machine, a worker beside the main thread never made a build faster
 * (each thread's share ran about twice as slow, and copying the work to it and back cost some
 * 60 ms at 10,000 articles); from three cores up the worker threads spread the extraction.
 */
export function defaultThreads(cores: number): number {
	return cores > 2 ? cores : 1;
}
