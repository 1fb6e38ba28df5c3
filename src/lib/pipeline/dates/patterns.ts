/**
 * Regex source fragments shared by the date finders. All of them run on normalised text
 * (normalize.ts), so only folded letters, ASCII digits and lower-case Latin occur.
 *
 * JavaScript's \b only knows ASCII, so word edges are lookarounds on the letter class L. A word
 * may carry the clitics و ف ب ل ("وسبتمبر", "لعام", "والخميس"); they stay outside the match so
 * spans cite the word itself.
 */
import { fold } from '../text/normalize';
import { MONTHS } from './months';
import { WEEKDAYS } from './weekdays';

/** Letters: Arabic (after folding) and Latin. Digits are not letters: "GMT28" is a glued day. */
export const L = 'a-z\\u0621-\\u063a\\u0641-\\u064a\\u066e-\\u06d3\\u06fa-\\u06ff';
/** Horizontal space only: a date never spans lines. */
export const S = '[ \\t]';
export const WORD_START = `(?:(?<![${L}])|(?<=(?<![${L}])(?:[وف][بل]|[وفبل])))`;
export const WORD_END = `(?![${L}])`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of phrases (folded here), longest first, any run of spaces between their words. */
export function alternation(words: Iterable<string>): string {
	return [...new Set([...words].map(fold))]
		.sort((a, b) => b.length - a.length)
		.map((w) => escape(w).replace(/ /g, `${S}+`))
		.join('|');
}

// English abbreviations may end in a dot ("Nov. 23"); it belongs to the name.
const monthAlt = [...new Set(MONTHS.map((m) => m.name))]
	.sort((a, b) => b.length - a.length)
	.map((n) => {
		const e = MONTHS.find((m) => m.name === n);
		const src = escape(n).replace(/ /g, `${S}+`);
		return e && e.system === 'english' && n.length <= 4 ? `${src}\\.?` : src;
	})
	.join('|');

/** One month name with its word edges (no capture group). */
export const MONTH = `${WORD_START}(?:${monthAlt})${WORD_END}`;
export const MONTH_WORDS = monthAlt;

const weekdayAlt = alternation(WEEKDAYS.map((w) => w.name));
export const WEEKDAY = `${WORD_START}(?:${weekdayAlt})${WORD_END}`;
export const WEEKDAY_WORDS = weekdayAlt;

/** A day of the month, 1-31, with an optional English ordinal suffix; never part of a longer number. */
export const DAY_NUMBER = '(?:0?[1-9]|[12]\\d|3[01])';
export const ORDINAL_SUFFIX = '(?:st|nd|rd|th)';

/**
 * A year of four digits (1000-2199; a clock time may be glued after it, "23/11/202309:41" as
 * scraped from some pages) and an optional era marker: Gregorian "م / ميلادي / للميلاد"
 * or Hijri "هـ" (folded to ه) / "هجري" / "للهجرة". Groups: `y` and `era`.
 */
export const YEAR = `(?<y>1\\d{3}|20\\d\\d|21\\d\\d)(?:(?!\\d)|(?=\\d{1,2}:\\d\\d))(?:${S}*(?<era>هجريه|هجريا|هجري|للهجره|ه|ميلاديه|ميلاديا|ميلادي|للميلاد|م)(?![${L}]))?`;
export const HIJRI_ERA = new Set(['هجريه', 'هجريا', 'هجري', 'للهجره', 'ه']);
/** The Solar Hijri era's spellings, folded: "هـ.ش", "ه ش", "هجري شمسي", "ش" (not the lunar "هـ"). */
export const SOLAR_ERA_NAME = `ه${S}*\\.?${S}*ش|هجري${S}+شمسي|هجريه${S}+شمسيه|ش`;

/** Modifiers after a month or weekday: the last one, this one, the next one. */
export const PAST_WORDS = ['الماضي', 'الفائت', 'المنصرم', 'السابق'].map(fold);
export const CURRENT_WORDS = ['الجاري', 'الحالي'].map(fold);
export const COMING_WORDS = ['المقبل', 'القادم'].map(fold);
/** Feminine forms, for السنة. */
export const feminine = (words: string[]) => words.map((w) => w + 'ه');
