import { dateSpan, precisionOf } from '$lib/model/partialDate';

const OPTIONS = {
	year: { year: 'numeric' },
	month: { year: 'numeric', month: 'long' },
	day: { year: 'numeric', month: 'short', day: 'numeric' }
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A partial date ("2022", "2022-09", "2022-09-13") shown at its own precision, in UTC. */
export function formatEventDate(date: string, locale: string): string {
	const options = OPTIONS[precisionOf(date)];
	return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(
		dateSpan(date).start
	);
}
