/**
 * What findDates (findDates.ts) returns for one date mention, and a blank one to fill in: the
 * numbers as stated, never resolved against a publication date (that is resolveDate.ts).
 */

/**
 * What a mention says relative to the text's own time. With `month` set, it only places that
 * month: 'past' / 'current' / 'coming' are "<month> الماضي / الجاري / المقبل", and the *Year ones
 * are "<month> العام الماضي" etc. 'lastWeekday' / 'nextWeekday' come with `weekday`.
 */
export type Relative =
	| 'today'
	| 'yesterday'
	| 'dayBeforeYesterday'
	| 'tomorrow'
	| 'dayAfterTomorrow'
	| 'lastWeekday'
	| 'nextWeekday'
	| 'thisWeek'
	| 'lastWeek'
	| 'nextWeek'
	| 'thisMonth'
	| 'lastMonth'
	| 'nextMonth'
	| 'thisYear'
	| 'lastYear'
	| 'nextYear'
	| 'past'
	| 'current'
	| 'coming';

export type DateForm =
	| 'day-month'
	| 'ordinal-day-month'
	| 'month-day'
	| 'day-relative-month'
	| 'month'
	| 'numeric-dmy'
	| 'numeric-mdy'
	| 'numeric-ymd'
	| 'year'
	| 'bare-year'
	| 'hijri'
	| 'decade'
	| 'weekday'
	| 'relative-day'
	| 'relative-week'
	| 'relative-month'
	| 'relative-year';

export interface DateMention {
	/** Normalised offsets [start, end). */
	start: number;
	end: number;
	/**
	 * Gregorian numbers as stated (month 1-12); null when not stated. A Solar Hijri date's are its
	 * Gregorian day, converted where it is found (`solar` keeps what the text wrote).
	 */
	year: number | null;
	month: number | null;
	day: number | null;
	/** Last day of a stated range, "16-17 سبتمبر" / "16 و17 سبتمبر". */
	endDay: number | null;
	/** 0 = Sunday … 6 = Saturday, when a weekday is named. */
	weekday: number | null;
	relative: Relative | null;
	/** "أوائل / منتصف / أواخر" and their kin in front of a month, year or decade. */
	qualifier: 'early' | 'mid' | 'late' | null;
	/** First year of a decade ("التسعينيات" of the 20th century = 1990), or 0-90 when the century is unstated. */
	decade: number | null;
	/** The calendar of `year`, `month` and `day`. */
	calendar: 'gregorian' | 'hijri';
	/** The Hijri numbers of a Hijri date; never converted. */
	hijri: { year: number | null; month: number | null; day: number | null } | null;
	/**
	 * The numbers of a Solar Hijri (Persian) date as written, "۸ بهمن ۱۴۰۰" = 1400/11/8. Unlike a
	 * sighted Hijri month it converts exactly, so it is converted at once: `calendar` stays
	 * 'gregorian' for the Gregorian day in `year`/`month`/`day` (null when that day does not exist),
	 * and everything downstream dates by it as by any full date. A mention with `solar` set ranks
	 * below a Gregorian one beside it in a dateline, as a Hijri one does.
	 */
	solar: { year: number; month: number; day: number } | null;
	/** Why the mention is doubtful or impossible, each a sentence. */
	problems: string[];
	form: DateForm;
}

/** A mention of `form` over [start, end) that states nothing yet. */
export function mention(start: number, end: number, form: DateForm): DateMention {
	return {
		start,
		end,
		year: null,
		month: null,
		day: null,
		endDay: null,
		weekday: null,
		relative: null,
		qualifier: null,
		decade: null,
		calendar: 'gregorian',
		hijri: null,
		solar: null,
		problems: [],
		form
	};
}
