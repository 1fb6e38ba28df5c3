/** Events the benchmark page makes from `?n=`: a whole number up to a million, else the default. */
export function benchSize(raw: string | null, fallback = 10_000): { n: number; valid: boolean } {
	if (raw === null) return { n: fallback, valid: true };
	const n = Number(raw);
	const valid = /^\d+$/.test(raw.trim()) && Number.isSafeInteger(n) && n <= 1_000_000;
	return valid ? { n, valid } : { n: fallback, valid };
}
