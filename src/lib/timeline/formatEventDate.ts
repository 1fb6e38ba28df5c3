import { dateSpan, isPartialDate, precisionOf, type Precision } from '$lib/model/partialDate';
import { utcFormatter } from './ticks';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric' },
	month: { year: 'numeric', month: 'long' },
	day: { year: 'numeric', month: 'long', day: 'numeric' }
};

/**
 * An event's date at its own precision, with its end as a range ("13–15 September 2022"),
 * in UTC and the reader's locale. An unreadable date is shown as written rather than thrown.
 */
export function formatEventDate(date: string, end: string | undefined, locale: string): string {
	if (!isPartialDate(date)) return date;
	const precision = precisionOf(date);
	const start = new Date(dateSpan(date).start);
	if (end === undefined || !isPartialDate(end) || end === date)
		return utcFormatter(locale, OPTIONS[precision]).format(start);
	const last = new Date(dateSpan(end).start);
	if (precisionOf(end) === precision)
		return utcFormatter(locale, OPTIONS[precision]).formatRange(start, last);
	const a = utcFormatter(locale, OPTIONS[precision]).format(start);
	return `${a} – ${utcFormatter(locale, OPTIONS[precisionOf(end)]).format(last)}`;
}

/** A moment (UTC ms) as a day, for ranges of bins and badges and the map's focus date. */
export function formatDay(t: number, locale: string): string {
	return utcFormatter(locale, OPTIONS.day).format(new Date(t));
}
