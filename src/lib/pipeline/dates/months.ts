/**
 * Month names as Arabic outlets write them, folded like the text they are matched against
 * (normalize.ts: أ/إ/آ → ا, ى → ي, ة → ه). Four Gregorian traditions plus English and Hijri:
 *
 * - 'latin': Egyptian/Gulf transliterations (يناير … ديسمبر), shared with the Maghreb.
 * - 'levant': Syriac names of the Levant and Iraq (كانون الثاني … كانون الأول).
 * - 'maghreb': Algerian/Tunisian French forms (جانفي فيفري أفريل ماي جوان جويلية أوت) and Moroccan
 *   ones (يوليوز غشت شتنبر نونبر دجنبر); they pair and range like 'latin', so they share its family.
 * - 'english': full names and abbreviations, only ever accepted next to a number.
 * - 'hijri': recognised so that "15 رمضان 1444" is not read as a Gregorian date; never converted.
 * - 'solar': the Solar Hijri (Persian) months Iranian outlets' Arabic pages date by ("۸ بهمن ۱۴۰۰"),
 *   kept apart in SOLAR_MONTHS: several are ordinary words or other calendars' names (مهر "dowry",
 *   تير, دي, آذر the Levantine March), so forms/solarDayMonth.ts takes one only with a day before it
 *   and a solar year after it, and the generic forms never see them.
 *
 * `ambiguous` names are also ordinary words after folding (آب → اب "father", مارس "practised",
 * نيسان the car maker, تموز, ماي, جوان, أوت, غشت "cheated"): findDates accepts them only with a day,
 * a year, the paired name, "شهر" before them or a "الماضي/المقبل/الجاري" after them.
 *
 * Exports: MONTHS (entries), monthEntry(name) (lookup of a matched, folded name with any run of
 * spaces), SOLAR_MONTHS and solarMonthEntry(name), MONTH_NAMES_EN (display names for messages),
 * familyOf.
 */
import { fold } from '../text/normalize';

export type MonthSystem = 'latin' | 'levant' | 'maghreb' | 'english' | 'hijri' | 'solar';
/** Names of one family never pair with each other: "مايو-يونيو" is a range, not a pair. */
export type MonthFamily = 'latin' | 'levant' | 'english' | 'hijri' | 'solar';

export interface MonthEntry {
	/** The folded spelling, words separated by one space. */
	name: string;
	month: number;
	system: MonthSystem;
	family: MonthFamily;
	ambiguous: boolean;
}

type Row = [raw: string, month: number, system: MonthSystem, ambiguous?: boolean];

const ROWS: Row[] = [
	// Egyptian / Gulf (and most of the Maghreb).
	['يناير', 1, 'latin'],
	['فبراير', 2, 'latin'],
	['فبرائر', 2, 'latin'],
	['مارس', 3, 'latin', true],
	['أبريل', 4, 'latin'],
	['إبريل', 4, 'latin'],
	['ابريل', 4, 'latin'],
	['مايو', 5, 'latin'],
	['يونيو', 6, 'latin'],
	['يونية', 6, 'latin'],
	['يوليو', 7, 'latin'],
	['يولية', 7, 'latin'],
	['أغسطس', 8, 'latin'],
	['اغسطس', 8, 'latin'],
	['أغسطوس', 8, 'latin'],
	['سبتمبر', 9, 'latin'],
	['سيبتمبر', 9, 'latin'],
	['أكتوبر', 10, 'latin'],
	['اكتوبر', 10, 'latin'],
	['أوكتوبر', 10, 'latin'],
	['نوفمبر', 11, 'latin'],
	['نوفمير', 11, 'latin'],
	['ديسمبر', 12, 'latin'],
	// Levant and Iraq; "كانون ثاني" without the article is common in colloquial copy.
	['كانون الثاني', 1, 'levant'],
	['كانون ثاني', 1, 'levant'],
	['شباط', 2, 'levant'],
	['آذار', 3, 'levant'],
	// Also the Solar Hijri Azar and a name: a year or day must say which (forms/solarDayMonth.ts first).
	['آذر', 3, 'levant', true],
	['نيسان', 4, 'levant', true],
	['أيار', 5, 'levant'],
	['مايس', 5, 'levant'],
	['حزيران', 6, 'levant'],
	['تموز', 7, 'levant', true],
	['آب', 8, 'levant', true],
	['أيلول', 9, 'levant'],
	['تشرين الأول', 10, 'levant'],
	['تشرين أول', 10, 'levant'],
	['تشرين الثاني', 11, 'levant'],
	['تشرين ثاني', 11, 'levant'],
	['كانون الأول', 12, 'levant'],
	['كانون أول', 12, 'levant'],
	// Algeria and Tunisia.
	['جانفي', 1, 'maghreb'],
	['فيفري', 2, 'maghreb'],
	['أفريل', 4, 'maghreb'],
	['ماي', 5, 'maghreb', true],
	['جوان', 6, 'maghreb', true],
	['جويلية', 7, 'maghreb'],
	['أوت', 8, 'maghreb', true],
	// Morocco.
	['يوليوز', 7, 'maghreb'],
	['غشت', 8, 'maghreb', true],
	['شتنبر', 9, 'maghreb'],
	['نونبر', 11, 'maghreb'],
	['دجنبر', 12, 'maghreb'],
	// English: every one needs a number next to it ("may", "march" and "sat" are words).
	['january', 1, 'english', true],
	['february', 2, 'english', true],
	['march', 3, 'english', true],
	['april', 4, 'english', true],
	['may', 5, 'english', true],
	['june', 6, 'english', true],
	['july', 7, 'english', true],
	['august', 8, 'english', true],
	['september', 9, 'english', true],
	['october', 10, 'english', true],
	['november', 11, 'english', true],
	['december', 12, 'english', true],
	['jan', 1, 'english', true],
	['feb', 2, 'english', true],
	['mar', 3, 'english', true],
	['apr', 4, 'english', true],
	['jun', 6, 'english', true],
	['jul', 7, 'english', true],
	['aug', 8, 'english', true],
	['sep', 9, 'english', true],
	['sept', 9, 'english', true],
	['oct', 10, 'english', true],
	['nov', 11, 'english', true],
	['dec', 12, 'english', true],
	// Hijri: month numbers in the Hijri year. Several are also names or words (صفر "zero",
	// رمضان قديروف, رجب, شعبان, محرم "forbidden"), so all need a day or a year.
	['محرم', 1, 'hijri', true],
	['صفر', 2, 'hijri', true],
	['ربيع الأول', 3, 'hijri', true],
	['ربيع أول', 3, 'hijri', true],
	['ربيع الآخر', 4, 'hijri', true],
	['ربيع الثاني', 4, 'hijri', true],
	['جمادى الأولى', 5, 'hijri', true],
	['جمادى الأول', 5, 'hijri', true],
	['جمادى الآخرة', 6, 'hijri', true],
	['جمادى الثانية', 6, 'hijri', true],
	['رجب', 7, 'hijri', true],
	['شعبان', 8, 'hijri', true],
	['رمضان', 9, 'hijri', true],
	['شوال', 10, 'hijri', true],
	['ذو القعدة', 11, 'hijri', true],
	['ذي القعدة', 11, 'hijri', true],
	['ذو الحجة', 12, 'hijri', true],
	['ذي الحجة', 12, 'hijri', true]
];

// Solar Hijri (Persian) months, each in its Persian spelling (ی, ک) and its Arabic one (ي, ك);
// normalize.ts folds both to one, but a reader checking the table sees both. مرداد is also written
// امرداد. All are 'ambiguous': مهر "dowry", تير "arrow", دي, آذر (Levantine March), بهمن a name.
const SOLAR_ROWS: Row[] = [
	['فروردین', 1, 'solar', true],
	['فروردين', 1, 'solar', true],
	['اردیبهشت', 2, 'solar', true],
	['ارديبهشت', 2, 'solar', true],
	['أردیبهشت', 2, 'solar', true],
	['خرداد', 3, 'solar', true],
	['تیر', 4, 'solar', true],
	['تير', 4, 'solar', true],
	['مرداد', 5, 'solar', true],
	['امرداد', 5, 'solar', true],
	['شهریور', 6, 'solar', true],
	['شهريور', 6, 'solar', true],
	['مهر', 7, 'solar', true],
	['آبان', 8, 'solar', true],
	['آذر', 9, 'solar', true],
	['دی', 10, 'solar', true],
	['دي', 10, 'solar', true],
	['بهمن', 11, 'solar', true],
	['اسفند', 12, 'solar', true],
	['إسفند', 12, 'solar', true]
];

const FAMILY: Record<MonthSystem, MonthFamily> = {
	latin: 'latin',
	maghreb: 'latin',
	levant: 'levant',
	english: 'english',
	hijri: 'hijri',
	solar: 'solar'
};

export function familyOf(system: MonthSystem): MonthFamily {
	return FAMILY[system];
}

const entry = ([raw, month, system, ambiguous]: Row): MonthEntry => ({
	name: fold(raw),
	month,
	system,
	family: FAMILY[system],
	ambiguous: ambiguous === true
});

/** The names the generic forms match (patterns.ts MONTH): every system but the Solar Hijri. */
export const MONTHS: readonly MonthEntry[] = ROWS.map(entry);

/** The Solar Hijri months, folded spellings deduplicated: only forms/solarDayMonth.ts reads them. */
export const SOLAR_MONTHS: readonly MonthEntry[] = [
	...new Map(SOLAR_ROWS.map(entry).map((e) => [e.name, e])).values()
];
const SOLAR_BY_NAME = new Map(SOLAR_MONTHS.map((e) => [e.name, e]));

/** The Solar Hijri month of a folded name, or null. */
export function solarMonthEntry(name: string): MonthEntry | null {
	return SOLAR_BY_NAME.get(name) ?? null;
}

const BY_NAME = new Map<string, MonthEntry>();
for (const e of MONTHS) if (!BY_NAME.has(e.name)) BY_NAME.set(e.name, e);

const SPACES = /[ \t]+/g;

/** The entry for a folded month name as matched in text (any run of spaces inside), or null. */
export function monthEntry(matched: string): MonthEntry | null {
	const key =
		matched.includes(' ') || matched.includes('\t') ? matched.replace(SPACES, ' ') : matched;
	return BY_NAME.get(key) ?? BY_NAME.get(key.replace(/\.$/, '')) ?? null;
}

export const MONTH_NAMES_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** The Solar Hijri months' names in English, for messages and the report's `how`. */
export const SOLAR_MONTH_NAMES_EN = [
	'Farvardin',
	'Ordibehesht',
	'Khordad',
	'Tir',
	'Mordad',
	'Shahrivar',
	'Mehr',
	'Aban',
	'Azar',
	'Dey',
	'Bahman',
	'Esfand'
] as const;
