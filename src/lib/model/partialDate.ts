/**
 * Event dates are ISO strings whose length is their precision: "2023", "2023-11", "2023-11-23".
 * All arithmetic is in UTC so that no reader's time zone shifts a day.
 */
export type Precision = 'year' | 'month' | 'day';

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function precisionOf(date: string): Precision {
	return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the string has one of the three forms and names a day, month or year that exists. */
export function isPartialDate(date: string): boolean {
	const m = FORM.exec(date);
	if (!m) return false;
	const year = Number(m[1]);
	if (m[2] === undefined) return true;
	const month = Number(m[2]);
	if (month < 1 || month > 12) return false;
	if (m[3] === undefined) return true;
	const day = Number(m[3]);
	return day >= 1 && day <= daysInMonth(year, month);
}

/** The span a partial date covers, as UTC milliseconds [start, end). */
export function dateSpan(date: string): { start: number; end: number } {
	const m = FORM.exec(date);
	if (!m) throw new RangeError(`not a partial date: ${date}`);
	const year = Number(m[1]);
	const month = m[2] === undefined ? undefined : Number(m[2]) - 1;
	const day = m[3] === undefined ? undefined : Number(m[3]);
	if (month === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
	if (day === undefined)
		return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
	return { start: Date.UTC(year, month, day), end: Date.UTC(year, month, day + 1) };
}

/** The span of an event from its date to its optional end (inclusive of the end's whole span). */
export function eventSpan(date: string, end?: string): { start: number; end: number } {
	const a = dateSpan(date);
	return end ? { start: a.start, end: Math.max(a.end, dateSpan(end).end) } : a;
}

export function toIsoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}
