/**
 * Years: 'year' "عام 1992", "العامين 2021 و2022"; 'bare-year' "في 2022", "منذ 2014" (1900-2099
 * after a preposition, weaker); 'hijri' "1445 هـ"; and the continuation of a year list, "و2022".
 */
import { mention, type DateMention } from '../dateMention';
import { COUNTED_ACCUSATIVE, COUNTED_GENITIVE, PREP_LIST } from '../dateWords';
import { HIJRI_ERA, L, S, WORD_START, YEAR, alternation } from '../patterns';
import { at, group, sticky } from '../sticky';

const PREP_WORDS = alternation(PREP_LIST);

const RE_HIJRI_YEAR = sticky(
	`(?<![\\d.])(?<y>\\d{3,4})${S}*(?<era>هجريه|هجريا|هجري|للهجره|ه)(?![${L}])`
);
// A year alone must not be the head of a numeric date: "في 2023-11-23" is a day.
const NOT_NUMERIC_DATE = '(?![./\\-]\\d{1,2}(?!\\d))';
const RE_YEAR_CUE = sticky(
	`${WORD_START}(?:(?:ال)?(?:عام|سنه)|عامي|سنتي|العامين)${S}+${YEAR}${NOT_NUMERIC_DATE}`
);
const RE_YEAR_PREP = sticky(`${WORD_START}(?:${PREP_WORDS})${S}+${YEAR}${NOT_NUMERIC_DATE}`);
/** "2030 من العسكريين": a number of a group, partitive. */
const PARTITIVE = /^\s+من\s+ال(?:عسكريين|جنود|عناصر|مقاتلين|ضباط|افراد|اشخاص|مدنيين)(?![\p{L}])/u;

/** "من 2030 عسكريا", "في 2000 موقع": a number counting the noun after it is no year. */
function counts(text: string, end: number, year: number): boolean {
	const next = /^\s+(\S+)/.exec(text.slice(end, end + 24))?.[1] ?? '';
	return (
		COUNTED_ACCUSATIVE.has(next) ||
		(year % 100 === 0 && COUNTED_GENITIVE.has(next)) ||
		PARTITIVE.test(text.slice(end, end + 40))
	);
}
const RE_YEAR_BARE = sticky(`(?<![\\d.:/\\-])${YEAR}${NOT_NUMERIC_DATE}`);
const RE_YEAR_CONT = sticky(`${S}*(?:و|-|/|الي|حتي)${S}*${YEAR}${NOT_NUMERIC_DATE}`);

function yearMention(
	start: number,
	end: number,
	year: number,
	era: string | undefined
): DateMention {
	const m = mention(start, end, 'year');
	if (era !== undefined && HIJRI_ERA.has(era)) {
		m.form = 'hijri';
		m.calendar = 'hijri';
		m.hijri = { year, month: null, day: null };
	} else m.year = year;
	return m;
}

export function tryHijriYear(text: string, pos: number): DateMention | null {
	const m = at(RE_HIJRI_YEAR, text, pos);
	if (!m) return null;
	const year = Number(group(m, 'y'));
	return yearMention(pos, pos + m[0].length, year, group(m, 'era'));
}

function yearFrom(
	m: RegExpExecArray,
	pos: number,
	minYear: number,
	maxYear: number
): DateMention | null {
	const year = Number(group(m, 'y'));
	const era = group(m, 'era');
	if (era === undefined && (year < minYear || year > maxYear)) return null;
	return yearMention(pos, pos + m[0].length, year, era);
}

export function tryYearCue(text: string, pos: number): DateMention | null {
	const m = at(RE_YEAR_CUE, text, pos);
	return m ? yearFrom(m, pos, 1000, 2199) : null;
}

export function tryYearPrep(text: string, pos: number): DateMention | null {
	const m = at(RE_YEAR_PREP, text, pos);
	if (!m) return null;
	// The preposition is not part of the date: the mention starts at the digits.
	const y = yearFrom(m, pos, 1900, 2099);
	if (y && y.year !== null && counts(text, pos + m[0].length, y.year)) return null;
	if (y) {
		y.start = pos + m[0].search(/\d/);
		if (y.form === 'year') y.form = 'bare-year';
	}
	return y;
}

export function tryBareYear(text: string, pos: number): DateMention | null {
	const m = at(RE_YEAR_BARE, text, pos);
	return m ? yearFrom(m, pos, 1900, 2099) : null;
}

export function tryYearContinuation(text: string, pos: number): DateMention | null {
	const m = at(RE_YEAR_CONT, text, pos);
	if (!m) return null;
	const y = yearFrom(m, pos, 1000, 2199);
	if (y) y.start = pos + m[0].search(/\d/);
	return y;
}
