import { dateSpan, precisionOf, type Precision } from '$lib/model/partialDate';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
	day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
	month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
	year: { year: 'numeric', timeZone: 'UTC' }
};

/**
 * An event's date in the reader's language at the precision the sources give: a day, a month or
 * a year, and a range when the event has an end. UTC, so no reader's zone moves a day.
 */
export function formatEventDate(date: string, end: string | undefined, locale: string): string {
	const precision = precisionOf(date);
	const format = new Intl.DateTimeFormat(locale, OPTIONS[precision]);
	const start = dateSpan(date).start;
	if (end === undefined || end === date) return format.format(start);
	const last = dateSpan(end).start;
	if (precisionOf(end) === precision) return format.formatRange(start, last);
	// Mixed precisions have no shared format; each side keeps its own.
	const endFormat = new Intl.DateTimeFormat(locale, OPTIONS[precisionOf(end)]);
	return `${format.format(start)} – ${endFormat.format(last)}`;
}
