/**
 * True when an output must be rebuilt: it does not exist (mtime null) or any input changed after
 * it was written. Times are milliseconds, as from fs.statSync().mtimeMs.
 */
export function isStale(outputMtime: number | null, inputMtimes: readonly number[]): boolean {
	return outputMtime === null || inputMtimes.some((t) => t > outputMtime);
}
