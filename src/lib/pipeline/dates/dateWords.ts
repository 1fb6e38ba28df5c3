/**
 * Word lists the date forms share (folded, as normalised text has them): the modifiers after a
 * month, year or weekday ("الماضي", "الجاري", "المقبل"), the qualifiers in front of a period
 * ("أوائل", "منتصف", "أواخر"), the prepositions before a bare year and the tens of a decade.
 */
import { fold } from '../text/normalize';
import { COMING_WORDS, CURRENT_WORDS, PAST_WORDS, alternation, feminine } from './patterns';

export const PAST = new Set(PAST_WORDS);
const CURRENT = new Set(CURRENT_WORDS);
const COMING = new Set(COMING_WORDS);
/** Any modifier after a month ("<month> الماضي"), as a regex alternation. */
export const MONTH_MODS = alternation([...PAST_WORDS, ...CURRENT_WORDS, ...COMING_WORDS]);
/** Any modifier after العام / السنة, masculine or feminine, as a regex alternation. */
export const YEAR_MODS = alternation([
	...PAST_WORDS,
	...CURRENT_WORDS,
	...COMING_WORDS,
	...feminine([...PAST_WORDS, ...CURRENT_WORDS, ...COMING_WORDS])
]);

/** Which way a modifier points; a feminine form ("الماضيه", after السنة) counts as its masculine. */
export function modKind(mod: string): 'past' | 'current' | 'coming' {
	const base = mod.endsWith('ه') && !PAST.has(mod) && !CURRENT.has(mod) ? mod.slice(0, -1) : mod;
	if (PAST.has(base)) return 'past';
	if (CURRENT.has(base)) return 'current';
	if (COMING.has(base)) return 'coming';
	return 'current';
}

/** "أوائل / منتصف / أواخر" and their kin, folded, to the part of the period they name. */
export const QUALIFIERS: Record<string, 'early' | 'mid' | 'late'> = Object.fromEntries(
	(
		[
			['أوائل', 'early'],
			['مطلع', 'early'],
			['بداية', 'early'],
			['بدايات', 'early'],
			['منتصف', 'mid'],
			['أواسط', 'mid'],
			['أواخر', 'late'],
			['نهاية', 'late'],
			['نهايات', 'late'],
			['آخر', 'late']
		] as const
	).map(([w, q]) => [fold(w), q])
);

export /** Prepositions after which a bare four-digit number 1900-2099 is read as a year. */
const PREP_LIST = ['في', 'منذ', 'حتى', 'بحلول', 'قبل', 'بعد', 'خلال', 'عن', 'إلى', 'من'];

/**
 * Nouns counted by a number in front of them, so that the number is no year: the accusative
 * singular of 11–99 ("من 2030 عسكريا"), and the genitive singular after a round hundred or
 * thousand ("في 2000 موقع", "نحو 1800 جندي"). Not plurals: "قتل في 2021 جنود" is a year with its
 * verb's subject after it, as is "ونشر في 2021 موقع «ميدوزا»". Folded.
 */
export const COUNTED_ACCUSATIVE = new Set(
	(
		'جنديا عسكريا عنصرا شخصا فردا ضابطا مقاتلا قتيلا جريحا مدنيا لاجيا نازحا اسيرا صاروخا ' +
		'منزلا كيلومترا مترا طنا دولارا روبلا رجلا'
	).split(' ')
);
export const COUNTED_GENITIVE = new Set(
	(
		'جندي عسكري عنصر شخص فرد ضابط مقاتل قتيل جريح مدني لاجي نازح اسير اليه دبابه مدرعه ' +
		'عربه طايره مسيره صاروخ قذيفه موقع منزل مبني وحده قطعه كيلومتر كلم كم متر طن دولار روبل'
	).split(' ')
);

/** Ordinals from first to tenth, folded, in order: "العقد الأول", "اليوم الثاني". */
export const FIRST_TO_TENTH = [
	'الاول',
	'الثاني',
	'الثالث',
	'الرابع',
	'الخامس',
	'السادس',
	'السابع',
	'الثامن',
	'التاسع',
	'العاشر'
];

/** The tens of a decade, "عشرينيات" … "تسعينيات". */
export const TENS = ['عشرين', 'ثلاثين', 'اربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'];
