/**
 * The trigger lexicon of findDates: the words where the scan (scanWords.ts) stops, each with the
 * flags that say which forms can start there.
 */
import { fold } from '../text/normalize';
import { PREP_LIST, QUALIFIERS, TENS } from './dateWords';
import { MONTHS } from './months';
import { ORDINAL_WORDS } from './ordinals';
import { compileLexicon, type Lexicon } from './scanWords';
import { WEEKDAYS } from './weekdays';

// Trigger words: where the scan stops to try the forms (scanWords.ts).
export const F_MONTH = 1;
export const F_WD = 2;
export const F_REL = 4;
export const F_UNIT = 8;
export const F_QUAL = 16;
export const F_DEC = 32;
export const F_ORD = 64;
export const F_PREP = 128;

function buildLexicon(): Lexicon {
	const words = new Map<string, number>();
	const add = (list: Iterable<string>, flag: number) => {
		for (const w of list) {
			const f = fold(w).split(' ')[0] ?? '';
			if (f) words.set(f, (words.get(f) ?? 0) | flag);
		}
	};
	add(
		MONTHS.map((m) => m.name),
		F_MONTH
	);
	add(
		WEEKDAYS.map((w) => w.name),
		F_WD
	);
	add(['اليوم', 'امس', 'الامس', 'غدا', 'غد', 'الغد', 'اول', 'بعد', 'يوم', 'قبل', 'منذ'], F_REL);
	add(
		['هذا', 'هذه', 'الاسبوع', 'الشهر', 'العام', 'السنه', 'عام', 'سنه', 'عامي', 'سنتي', 'العامين'],
		F_UNIT
	);
	add(Object.keys(QUALIFIERS), F_QUAL);
	add(
		['عقد', 'العقد', ...TENS.flatMap((t) => [t, 'ال' + t].flatMap((w) => [w + 'يات', w + 'ات']))],
		F_DEC
	);
	// "غرة أيلول": the first of the month (ordinalDayMonth.ts).
	add([...ORDINAL_WORDS, 'غره'], F_ORD);
	add(PREP_LIST, F_PREP);
	return compileLexicon(words);
}

export const LEXICON = buildLexicon();
