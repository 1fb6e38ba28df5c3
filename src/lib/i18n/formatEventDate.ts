/**
 * An event's date in the reader's language at the precision its sources give (a day, a month or
 * a year), with its end as a range. In Arabic the month is named in both systems readers use,
 * Levantine first as Arabic news graphics do: "23 تشرين الثاني/نوفمبر 2023". UTC throughout, so
 * no reader's time zone moves a day.
 */
import { dateSpan, isPartialDate, precisionOf, type Precision } from '$lib/model/partialDate';
import { defaultDigits, withDigits, type DigitStyle } from './digits';

export interface DateStyle {
	locale: string;
	digits?: DigitStyle;
	/** Short form for tight spaces (axis ticks, map badges): one month name, abbreviated in English. */
	short?: boolean;
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${tag}|${JSON.stringify(options)}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
		cache.set(key, f);
	}
	return f;
}

/** Egyptian and Levantine month names of one moment: ["نوفمبر", "تشرين الثاني"]. */
function arabicMonths(t: number): [string, string] {
	return [
		formatter('ar-EG', { month: 'long' }).format(t),
		formatter('ar-SY', { month: 'long' }).format(t)
	];
}

function formatOne(t: number, precision: Precision, style: DateStyle): string {
	const digits = style.digits ?? defaultDigits();
	// British order (23 November 2023) reads unambiguously for an international readership.
	const tag = withDigits(style.locale === 'en' ? 'en-GB' : style.locale, digits);
	if (precision === 'year') return formatter(tag, { year: 'numeric' }).format(t);
	if (style.locale !== 'ar') {
		const month = style.short ? 'short' : 'long';
		return precision === 'month'
			? formatter(tag, { year: 'numeric', month }).format(t)
			: formatter(tag, { year: 'numeric', month, day: 'numeric' }).format(t);
	}
	const [egyptian, levantine] = arabicMonths(t);
	const month = style.short ? egyptian : `${levantine}/${egyptian}`;
	const year = formatter(tag, {
		year: 'numeric',
		useGrouping: false
	} as Intl.DateTimeFormatOptions).format(t);
	if (precision === 'month') return `${month} ${year}`;
	return `${formatter(tag, { day: 'numeric' }).format(t)} ${month} ${year}`;
}

export function formatEventDate(date: string, end: string | undefined, style: DateStyle): string {
	// Data is validated at build time; a malformed value is shown as written rather than thrown.
	if (!isPartialDate(date)) return date;
	const first = formatOne(dateSpan(date).start, precisionOf(date), style);
	if (end === undefined || end === date || !isPartialDate(end)) return first;
	return `${first} – ${formatOne(dateSpan(end).start, precisionOf(end), style)}`;
}

/** A moment (UTC ms) as a day, for the focus date and ranges of grouped marks. */
export function formatDay(t: number, style: DateStyle): string {
	return formatOne(t, 'day', style);
}
