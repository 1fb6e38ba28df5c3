import { dateSpan } from './partialDate';
import type { StatusPeriod } from './schema';

/**
 * The status period in force at a moment (UTC ms): the latest period that has begun by then and
 * has not ended. Periods are sorted by `from` by the build step.
 */
export function statusAt(periods: readonly StatusPeriod[], at: number): StatusPeriod | null {
	let found: StatusPeriod | null = null;
	for (const p of periods) {
		if (dateSpan(p.from).start > at) break;
		if (p.to === undefined || dateSpan(p.to).end > at) found = p;
	}
	return found;
}
