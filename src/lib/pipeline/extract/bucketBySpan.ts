/** Hits (sorted by start) that fall inside [start, end): a binary search, then a walk. */
export function bucketBySpan<T extends { start: number; end: number }>(
	sorted: readonly T[],
	start: number,
	end: number
): T[] {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid]!.start < start) lo = mid + 1;
		else hi = mid;
	}
	const out: T[] = [];
	for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++)
		if (sorted[i]!.end <= end) out.push(sorted[i]!);
	return out;
}

/** The normalised offset of a raw offset: the first normalised character at or after it. */
export function rawToNorm(rawIndex: Uint32Array, raw: number): number {
	let lo = 0;
	let hi = rawIndex.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (rawIndex[mid]! < raw) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
