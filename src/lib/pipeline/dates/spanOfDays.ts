/**
 * The span that holds every given day ("YYYY-MM-DD"; nulls ignored): a clash or an exercise
 * reported on several days runs from its first to its last. `end` is null for a single day.
 */
export function spanOfDays(days: readonly (string | null)[]): { date: string; end: string | null } {
	const sorted = days.filter((d): d is string => d !== null).sort();
	const date = sorted[0]!;
	const last = sorted.at(-1)!;
	return { date, end: last > date ? last : null };
}
