/**
 * Finds date mentions in NORMALISED Arabic text (normalize.ts) and says what each one states,
 * without resolving anything against a publication date (that is resolveDate.ts).
 *
 *   findDates(text: string): DateMention[]   // sorted by start, never overlapping, never throws
 *
 * Offsets are into the normalised text; the caller maps them back with toRawSpan. One linear
 * scan (scanWords.ts) stops only on digits, "(" and date words (month and weekday names,
 * اليوم/أمس/غدا, هذا/العام/الشهر/الأسبوع, qualifiers, decades, ordinals, prepositions before a year);
 * at each stop small sticky regexes, compiled once, try the forms that can start there, most
 * specific first, and the scan resumes after the mention found. Forms (`form`):
 *
 * - 'day-month'        "23 نوفمبر/تشرين الثاني 2023", "GMT28 أكتوبر/ تشرين الأول 2021",
 *                      "23rd, November 2023", "16-17 سبتمبر", "الـ23 من شهر نوفمبر", "5 مايو الماضي"
 * - 'ordinal-day-month' "الأول من يناير 2022", "الحادي والعشرين من سبتمبر"
 * - 'month-day'        "November 23, 2023", "نوفمبر 23، 2023" (an Arabic name needs the year)
 * - 'day-relative-month' "23 من الشهر الجاري", "الأول من الشهر المقبل": `day` and a *Month `relative`
 * - 'month'            "مايو/أيار 2021", "سبتمبر (أيلول) 2022", "(نوفمبر) تشرين الثاني", "مايو الماضي",
 *                      "شهر مارس", "مارس العام الماضي" (ambiguous names need such context)
 * - 'numeric-dmy' | 'numeric-mdy' | 'numeric-ymd'  "7-6-2022" (day first, as Arabic outlets
 *                      write), "13/5/2022" read month-first only when the first number cannot be
 *                      a month (reported), ISO "2023-11-23"
 * - 'year'             "عام 1992", "العام 2023", "مطلع 2023", "عامي 2021 و2022"; the caller decides
 *                      whether a founding year is an event
 * - 'bare-year'        "في 2022", "منذ 2014": 1900-2099 after a preposition, weaker ("في 2000 موقع"
 *                      is a count), so the caller can weigh it apart
 * - 'hijri'            "1445 هـ": calendar 'hijri', `year` stays null, the Hijri numbers go in `hijri`
 * - 'decade'           "أوائل العقد الأول من القرن الحادي والعشرين", "تسعينيات القرن الماضي"
 * - 'weekday'          "يوم الثلاثاء", "الخميس الماضي", bare "الثلاثاء"
 * - 'relative-day'     "اليوم", "اليوم /الخميس/", "أمس", "أول من أمس", "غداً", "بعد غد"
 * - 'relative-week' | 'relative-month' | 'relative-year'  "هذا الأسبوع", "الشهر الماضي", "العام الجاري"
 *
 * A weekday or relative day in front of a date joins it ("اليوم الخميس 23 نوفمبر 2023",
 * "Thursday, November 23, 2023"): the mention keeps the date's form with `weekday` / `relative`
 * set, and a weekday that contradicts a full date is a problem. Days that do not exist
 * ("31 سبتمبر", "29 فبراير 2023") are kept with a problem, never moved. Clock times ("19:04"),
 * counts ("6 آلاف", "40 معسكر") and numbers inside longer numbers are not dates.
 */
import { mention, type DateForm, type DateMention, type Relative } from './dateMention';
import { F_DEC, F_MONTH, F_ORD, F_PREP, F_QUAL, F_REL, F_UNIT, F_WD, LEXICON } from './dateLexicon';
import { RE_GAP, RE_WD } from './datePatterns';
import { MONTH_MODS, PAST, PREP_LIST, QUALIFIERS, TENS, YEAR_MODS, modKind } from './dateWords';
import { dated } from './dated';
import { dayProblems, weekdayProblem } from './dayProblems';
import { parseMonthGroup } from './monthGroup';
import { parseTail, type Tail } from './monthTail';
import { ORDINAL_PATTERN, ordinalDay } from './ordinals';
import { DIGITS, PAREN, scanWords } from './scanWords';
import {
	COMING_WORDS,
	DAY_NUMBER,
	HIJRI_ERA,
	L,
	MONTH,
	ORDINAL_SUFFIX,
	PAST_WORDS,
	S,
	WORD_END,
	WORD_START,
	YEAR,
	alternation
} from './patterns';
import { at, group, sticky } from './sticky';
import { weekdayEntry, type WeekdayEntry } from './weekdays';

const WEEKDAY_MODS = alternation([...PAST_WORDS, ...COMING_WORDS]);

const QUAL_WORDS = alternation(Object.keys(QUALIFIERS));

const PREP_WORDS = alternation(PREP_LIST);

const DECADE_ORD = [
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
const CENTURY = `الحادي${S}+و${S}*العشرين|الواحد${S}+و${S}*العشرين|التاسع${S}+عشر|العشرين|الحالي|الماضي|الفايت|المنصرم`;

function centuryStart(words: string | undefined): number | null {
	if (words === undefined) return null;
	if (words.includes('التاسع')) return 1800;
	if (words.includes('الحادي') || words.includes('الواحد') || words === 'الحالي') return 2000;
	return 1900; // العشرين, الماضي, الفائت, المنصرم: texts of this century mean the 20th
}

/**
 * "العام" is also the adjective "general": "الأمين العام الحالي" is the current secretary-general,
 * not this year. After these heads "العام <modifier>" is not read as a year.
 */
const GENERAL_HEADS = alternation([
	'الامين',
	'المدعي',
	'النائب',
	'المدير',
	'المفتش',
	'المنسق',
	'القائد',
	'المراقب',
	'المستشار',
	'المفوض',
	'المحامي',
	'الحاكم',
	'القنصل',
	'السكرتير',
	'الراي',
	'القطاع',
	'الامن',
	'النظام',
	'الشان',
	'الصالح',
	'المال',
	'الادعاء',
	'التعليم',
	'الاضراب',
	'العفو',
	'المؤتمر',
	'الموتمر',
	'الاتجاه',
	'الطابع',
	'الاطار',
	'المناخ',
	'الوضع',
	'الخط',
	'الاستفتاء',
	'الموظف',
	'الحشد',
	'التعبئه',
	'الاستنفار'
]);

// ---------------------------------------------------------------------------------------------
// Sticky regexes, compiled once.

// A day: not the tail of a longer number, a decimal, a clock time or a numeric date.
const DAY_EDGE = `(?<![\\d.:])(?<!\\d[,/\\-])`;
const RE_DAYS = sticky(
	`${DAY_EDGE}(?<d>${DAY_NUMBER})${ORDINAL_SUFFIX}?(?!\\d)(?:${S}*(?:-|و|الي|حتي|to|and|&)${S}*(?<d2>${DAY_NUMBER})${ORDINAL_SUFFIX}?(?!\\d))?`
);
const RE_ARTICLE_BEFORE = sticky(`(?<=(?<![${L}])ال)`);
const RE_SEP_DM = sticky(`${S}*(?:[,،\\-/]${S}*)?(?:من${S}+)?(?:شهر${S}*)?`);
const RE_DAY_OF_UNIT_MONTH = sticky(
	`${S}+من${S}+(?:هذا${S}+)?الشهر(?:${S}+(?<mod>${MONTH_MODS}))?${WORD_END}`
);
const RE_ORD = sticky(`${WORD_START}${ORDINAL_PATTERN}${S}+من${S}+(?:شهر${S}+)?`);

const RE_SHAHR_BEFORE = sticky(`(?<=(?<![${L}])[وفبل]?شهر${S}+)`);

const RE_MD_TAIL = sticky(
	`${S}*(?<d>${DAY_NUMBER})${ORDINAL_SUFFIX}?(?!\\d|[:.]\\d)(?:${S}*[,،])?(?:${S}*${YEAR})?`
);

const RE_NUM_DMY = sticky(
	`(?<!\\d)(?<!\\d[./\\-])(?<a>\\d{1,2})${S}*(?<s>[./\\-])${S}*(?<b>\\d{1,2})${S}*\\k<s>${S}*(?<y>\\d{4})(?:(?!\\d|[./\\-]\\d)|(?=\\d{1,2}:\\d\\d))`
);
const RE_NUM_YMD = sticky(
	`(?<!\\d)(?<!\\d[./\\-])(?<y>\\d{4})(?<s>[./\\-])(?<b>\\d{1,2})\\k<s>(?<a>\\d{1,2})(?!\\d|[./\\-]\\d)`
);
const RE_HIJRI_YEAR = sticky(
	`(?<![\\d.])(?<y>\\d{3,4})${S}*(?<era>هجريه|هجريا|هجري|للهجره|ه)(?![${L}])`
);
// A year alone must not be the head of a numeric date: "في 2023-11-23" is a day.
const NOT_NUMERIC_DATE = '(?![./\\-]\\d{1,2}(?!\\d))';
const RE_YEAR_CUE = sticky(
	`${WORD_START}(?:(?:ال)?(?:عام|سنه)|عامي|سنتي|العامين)${S}+${YEAR}${NOT_NUMERIC_DATE}`
);
const RE_YEAR_PREP = sticky(`${WORD_START}(?:${PREP_WORDS})${S}+${YEAR}${NOT_NUMERIC_DATE}`);
const RE_YEAR_BARE = sticky(`(?<![\\d.:/\\-])${YEAR}${NOT_NUMERIC_DATE}`);
const RE_YEAR_CONT = sticky(`${S}*(?:و|-|/|الي|حتي)${S}*${YEAR}${NOT_NUMERIC_DATE}`);

const RE_YAWM = sticky(`${WORD_START}يوم${S}+`);
const RE_WD_MOD = sticky(`${S}+(?<mod>${WEEKDAY_MODS})${WORD_END}`);

const RE_RELDAY = sticky(
	`${WORD_START}(?:(?<dby>اول${S}+(?:من${S}+)?امس|امس${S}+الاول)|(?<dat>بعد${S}+(?:غدا|الغد|غد))|(?<yest>(?:يوم${S}+)?(?:الامس|امس))|(?<tom>(?:يوم${S}+)?(?:غدا|الغد|غد))|(?<today>اليوم))${WORD_END}`
);
const RE_UNIT = sticky(
	`${WORD_START}(?:(?<this>هذا|هذه)${S}+(?<u1>الاسبوع|الشهر|العام|السنه)|(?<u2>الاسبوع|الشهر|العام|السنه)${S}+(?<mod>${YEAR_MODS}))${WORD_END}`
);
const RE_GENERAL_HEAD = sticky(`(?<=(?<![${L}])[وفبل]?(?:${GENERAL_HEADS})${S}+)`);
const RE_QUAL = sticky(`${WORD_START}(?<q>${QUAL_WORDS})${S}+`);
const RE_BARE_PERIOD = sticky(
	`${WORD_START}(?<u>العام|السنه|الشهر|الاسبوع)(?!${S}+ال|${S}*\\d)${WORD_END}`
);
const RE_DECADE = sticky(
	`${WORD_START}(?:(?:ال)?عقد${S}+(?<dord>${DECADE_ORD.join('|')}|الاخير)${S}+من${S}+(?:ال)?قرن${S}+(?<cent>${CENTURY})|(?:ال)?(?<tens>${TENS.join('|')})(?:يات|ات)(?:${S}+(?:من${S}+)?(?:ال)?قرن${S}+(?<cent2>${CENTURY}))?)${WORD_END}`
);

// Contexts that make "اليوم" a noun ("روسيا اليوم", "اليوم التالي", "مرتين في اليوم"), not today.
const RE_TODAY_BAD_BEFORE = sticky(
	`(?<=(?<![${L}])[وفبل]?(?:${alternation([
		'روسيا',
		'مصر',
		'المصري',
		'العالم',
		'الخليج',
		'السودان',
		'تونس',
		'الجزائر',
		'المغرب',
		'الوطن',
		'العرب',
		'الشرق',
		'لبنان',
		'سوريا',
		'فلسطين',
		'اليمن',
		'الامارات',
		'اخبار',
		'صحيفه',
		'جريده',
		'قناه',
		'موقع',
		'طوال',
		'مدار',
		'كل',
		'ذلك',
		'في',
		'نفس',
		'ذات',
		'هذا'
	])})${S}+)`
);
const RE_TODAY_BAD_AFTER = sticky(
	`${S}*(?:\\d|(?:${alternation([
		'التالي',
		'السابق',
		'الاول',
		'الثاني',
		'الثالث',
		'الرابع',
		'الخامس',
		'السادس',
		'السابع',
		'الثامن',
		'التاسع',
		'العاشر',
		'الاخير',
		'نفسه',
		'ذاته',
		'العالمي',
		'الوطني',
		'الدولي',
		'الذي',
		'التي',
		'المفتوح',
		'الموعود',
		'الواحد',
		'الكامل',
		'المحدد',
		'المقرر',
		'الانتخابي'
	])})${WORD_END})`
);
// "غدا" is also the verb "became": accepted at a clause edge, before a preposition, or after a
// time of day.
// Also right after an imperfect verb ("يحضر غداً", "تنطلق غدا"): "became" never follows one.
const RE_TOMORROW_OK_BEFORE = sticky(
	`(?<=(?<![${L}])[وفبل]?(?:صباح|مساء|ظهر|عصر|فجر|ليل|ليله|حتي|منذ)${S}+|(?<![${L}])[وف]?س?[يت][${L}]{2,}${S}+)`
);
const RE_ALAMS_OK_BEFORE = sticky(
	`(?<=(?<![${L}])[وف]?ب|(?<![${L}])[وفبل]?(?:صباح|مساء|ظهر|عصر|فجر|ليل|ليله|حتي|منذ)${S}+)`
);
const RE_TOMORROW_OK_AFTER = sticky(`${S}*(?:[،,.؛:)"]|$|\\n|(?:في|مع|الي|علي)${WORD_END})`);

// Bare ambiguous weekdays: what before and after makes them ordinary words.
const WEEKDAY_BAD: Record<number, { before: RegExp; after: RegExp } | undefined> = {
	0: {
		before: sticky(`(?<=(?<![${L}])(?:الواحد|الله|عبد)${S}+)`),
		after: sticky(`${S}+(?:عشر|الصمد)${WORD_END}`)
	},
	1: {
		before: sticky(`(?<=(?<![${L}])[وفبل]?(?:بين|كلا|لكلا|هذين|هذان|كلتا)${S}+)`),
		after: sticky(`${S}+(?:معا|كليهما|منهما|منهم|عشر)${WORD_END}`)
	},
	5: {
		before: sticky(
			`(?<=(?<![${L}])[وفبل]?(?:صلاه|صلوات|خطبه|خطيب|خطباء|مسجد|جامع|امام|ايمه)${S}+)`
		),
		after: sticky(`${S}+(?:الجامعه|الموحده)${WORD_END}`)
	}
};

const RE_PAREN_MONTH = sticky(`\\(${S}*${MONTH}`);

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

// ---------------------------------------------------------------------------------------------
// Forms.

function tryNumeric(text: string, pos: number): DateMention | null {
	let m = at(RE_NUM_YMD, text, pos);
	let form: DateForm = 'numeric-ymd';
	let year: number;
	let month: number;
	let day: number;
	const problems: string[] = [];
	if (m) {
		year = Number(group(m, 'y'));
		month = Number(group(m, 'b'));
		day = Number(group(m, 'a'));
		if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	} else {
		m = at(RE_NUM_DMY, text, pos);
		if (!m) return null;
		year = Number(group(m, 'y'));
		const a = Number(group(m, 'a'));
		const b = Number(group(m, 'b'));
		if (b >= 1 && b <= 12 && a >= 1 && a <= 31) {
			form = 'numeric-dmy';
			day = a;
			month = b;
		} else if (a >= 1 && a <= 12 && b >= 13 && b <= 31) {
			form = 'numeric-mdy';
			day = b;
			month = a;
			problems.push(
				`Read "${m[0].trim()}" month first, against the day-first custom, because ${b} cannot be a month.`
			);
		} else return null;
	}
	if (year < 1000 || year > 2199) return null;
	const out = mention(pos, pos + m[0].length, form);
	out.year = year;
	out.month = month;
	out.day = day;
	out.problems.push(...problems, ...dayProblems(year, month, day));
	return out;
}

function tryDayFirst(text: string, pos: number): DateMention | null {
	const m = at(RE_DAYS, text, pos);
	if (!m) return null;
	const day = Number(group(m, 'd'));
	const d2 = group(m, 'd2');
	const endDay = d2 === undefined ? null : Number(d2);
	// "الـ23 من نوفمبر": the article glued to the number belongs to the date.
	const start = at(RE_ARTICLE_BEFORE, text, pos) ? pos - 2 : pos;
	let p = pos + m[0].length;
	const unit = dayOfUnitMonth(text, start, p, day, endDay);
	if (unit) return unit;
	p += at(RE_SEP_DM, text, p)?.[0].length ?? 0;
	const mg = parseMonthGroup(text, p);
	if (!mg) return null;
	if (mg.rangeNext >= 0) mg.rangeNext = -1;
	const tail = parseTail(text, mg.end);
	return dated(start, day, endDay, mg, tail, 'day-month');
}

/** "23 من الشهر الجاري", "الـ5 من هذا الشهر", "الأول من الشهر المقبل": a day of a relative month. */
function dayOfUnitMonth(
	text: string,
	start: number,
	pos: number,
	day: number,
	endDay: number | null
): DateMention | null {
	const u = at(RE_DAY_OF_UNIT_MONTH, text, pos);
	if (!u) return null;
	const mod = group(u, 'mod');
	const [relative] = unitRelative('الشهر', mod === undefined ? 'current' : modKind(mod));
	const out = mention(start, pos + u[0].length, 'day-relative-month');
	out.day = day;
	out.endDay = endDay;
	out.relative = relative;
	if (day > 31 || (endDay !== null && endDay <= day))
		out.problems.push(`The day range ${day}-${endDay} ends before it starts.`);
	return out;
}

function tryOrdinal(text: string, pos: number): DateMention | null {
	const m = at(RE_ORD, text, pos);
	if (!m) return null;
	const day = ordinalDay(group(m, 'ou') ?? '', group(m, 'oteen'), group(m, 'otens'));
	if (day === null) return null;
	// RE_ORD has consumed "من": back up to it for "الأول من الشهر الجاري".
	const unit = dayOfUnitMonth(text, pos, pos + m[0].search(/[ \t]+من[ \t]/), day, null);
	if (unit) return unit;
	const mg = parseMonthGroup(text, pos + m[0].length);
	if (!mg) return null;
	mg.rangeNext = -1;
	return dated(pos, day, null, mg, parseTail(text, mg.end), 'ordinal-day-month');
}

function tryMonthFirst(text: string, pos: number, context: boolean): DateMention | null {
	const mg = parseMonthGroup(text, pos);
	if (!mg) return null;
	if (mg.rangeNext < 0) {
		const md = at(RE_MD_TAIL, text, mg.end);
		const y = md ? group(md, 'y') : undefined;
		if (md && (y !== undefined || mg.entry.family === 'english') && md[0].length > 0) {
			const era = md ? group(md, 'era') : undefined;
			const tail: Tail = {
				end: mg.end + md[0].length,
				year: y === undefined ? null : Number(y),
				hijriEra: era !== undefined && HIJRI_ERA.has(era),
				gregorianEra: era !== undefined && !HIJRI_ERA.has(era),
				relative: null
			};
			// "November 23" needs a space: "nov23" is not English copy.
			if (/^[ \t,]/.test(md[0]) || mg.entry.family !== 'english')
				return dated(pos, Number(group(md, 'd')), null, mg, tail, 'month-day');
		}
	}
	let tail: Tail;
	let end = mg.end;
	if (mg.rangeNext >= 0) {
		// The range's first month takes the year written after the second.
		const second = parseMonthGroup(text, mg.rangeNext);
		tail = parseTail(text, second ? second.end : mg.end);
	} else {
		tail = parseTail(text, mg.end);
		end = tail.end;
	}
	const hasContext =
		context ||
		!mg.entry.ambiguous ||
		mg.paired ||
		tail.year !== null ||
		tail.relative !== null ||
		at(RE_SHAHR_BEFORE, text, pos) !== null;
	if (!hasContext) return null;
	if (mg.entry.family === 'hijri' && tail.year === null) return null;
	const m = dated(pos, null, null, mg, { ...tail, end }, 'month');
	return m;
}

function tryHijriYear(text: string, pos: number): DateMention | null {
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

function tryYearCue(text: string, pos: number): DateMention | null {
	const m = at(RE_YEAR_CUE, text, pos);
	return m ? yearFrom(m, pos, 1000, 2199) : null;
}

function tryYearPrep(text: string, pos: number): DateMention | null {
	const m = at(RE_YEAR_PREP, text, pos);
	if (!m) return null;
	// The preposition is not part of the date: the mention starts at the digits.
	const y = yearFrom(m, pos, 1900, 2099);
	if (y) {
		y.start = pos + m[0].search(/\d/);
		if (y.form === 'year') y.form = 'bare-year';
	}
	return y;
}

function tryBareYear(text: string, pos: number): DateMention | null {
	const m = at(RE_YEAR_BARE, text, pos);
	return m ? yearFrom(m, pos, 1900, 2099) : null;
}

function tryYearContinuation(text: string, pos: number): DateMention | null {
	const m = at(RE_YEAR_CONT, text, pos);
	if (!m) return null;
	const y = yearFrom(m, pos, 1000, 2199);
	if (y) y.start = pos + m[0].search(/\d/);
	return y;
}

/** A date right after a weekday or relative day, across "،", "/", "(", "الموافق". */
function tryDateAfter(text: string, pos: number): DateMention | null {
	const p = pos + (at(RE_GAP, text, pos)?.[0].length ?? 0);
	if (p === pos && p < text.length && !/\d/.test(text[p] ?? '')) return null;
	return (
		tryNumeric(text, p) ?? tryDayFirst(text, p) ?? tryOrdinal(text, p) ?? monthDayOnly(text, p)
	);
}

function monthDayOnly(text: string, pos: number): DateMention | null {
	const m = tryMonthFirst(text, pos, false);
	return m && m.form === 'month-day' ? m : null;
}

function joinDay(
	datedMention: DateMention,
	start: number,
	weekday: number | null,
	relative: Relative | null
): DateMention {
	datedMention.start = start;
	if (weekday !== null && datedMention.calendar === 'gregorian') datedMention.weekday = weekday;
	if (relative !== null && datedMention.relative === null) datedMention.relative = relative;
	const p = weekdayProblem(datedMention);
	if (p) datedMention.problems.push(p);
	return datedMention;
}

function weekdayIsWord(text: string, start: number, end: number, entry: WeekdayEntry): boolean {
	const bad = WEEKDAY_BAD[entry.weekday];
	if (!bad) return false;
	return at(bad.before, text, start) !== null || at(bad.after, text, end) !== null;
}

function tryWeekday(text: string, pos: number): DateMention | null {
	let p = pos;
	const yawm = at(RE_YAWM, text, p);
	if (yawm) p += yawm[0].length;
	const m = at(RE_WD, text, p);
	if (!m) return null;
	const entry = weekdayEntry(m[0]);
	if (!entry) return null;
	let end = p + m[0].length;
	let relative: Relative | null = null;
	const mod = at(RE_WD_MOD, text, end);
	if (mod) {
		relative = PAST.has(group(mod, 'mod') ?? '') ? 'lastWeekday' : 'nextWeekday';
		end += mod[0].length;
	}
	const date = tryDateAfter(text, end);
	if (date) return joinDay(date, pos, entry.weekday, null);
	if (entry.abbreviation) return null;
	if (!yawm && !relative && entry.ambiguous && weekdayIsWord(text, p, end, entry)) return null;
	const out = mention(pos, end, 'weekday');
	out.weekday = entry.weekday;
	out.relative = relative;
	return out;
}

function tryRelDay(text: string, pos: number): DateMention | null {
	const m = at(RE_RELDAY, text, pos);
	if (!m) return null;
	const g = m.groups ?? {};
	const relative: Relative =
		g.dby !== undefined
			? 'dayBeforeYesterday'
			: g.dat !== undefined
				? 'dayAfterTomorrow'
				: g.yest !== undefined
					? 'yesterday'
					: g.tom !== undefined
						? 'tomorrow'
						: 'today';
	let end = pos + m[0].length;
	let weekday: number | null = null;
	const gap = at(RE_GAP, text, end);
	const wdAt = end + (gap?.[0].length ?? 0);
	const wd = at(RE_WD, text, wdAt);
	const wdEntry = wd ? weekdayEntry(wd[0]) : null;
	if (wd && wdEntry && !wdEntry.abbreviation) {
		weekday = wdEntry.weekday;
		end = wdAt + wd[0].length;
	}
	const date = tryDateAfter(text, end);
	if (date) return joinDay(date, pos, weekday, relative);
	if (weekday === null) {
		if (relative === 'today') {
			if (at(RE_TODAY_BAD_BEFORE, text, pos) || at(RE_TODAY_BAD_AFTER, text, end)) return null;
		} else if (relative === 'yesterday' && m[0] === 'الامس') {
			// "حلفاء الأمس" is "yesterday's allies", the past: the article alone needs "بالأمس",
			// "يوم الأمس", "حتى الأمس" or a time of day.
			if (!at(RE_ALAMS_OK_BEFORE, text, pos)) return null;
		} else if (relative === 'tomorrow') {
			const word = m[0];
			if (!word.startsWith('يوم')) {
				if (word !== 'غدا') return null;
				if (!at(RE_TOMORROW_OK_BEFORE, text, pos) && !at(RE_TOMORROW_OK_AFTER, text, end))
					return null;
			}
		}
	}
	const out = mention(pos, end, 'relative-day');
	out.relative = relative;
	out.weekday = weekday;
	return out;
}

function unitRelative(unit: string, kind: 'past' | 'current' | 'coming'): [Relative, DateForm] {
	const i = kind === 'past' ? 0 : kind === 'current' ? 1 : 2;
	if (unit === 'الاسبوع')
		return [(['lastWeek', 'thisWeek', 'nextWeek'] as const)[i], 'relative-week'];
	if (unit === 'الشهر')
		return [(['lastMonth', 'thisMonth', 'nextMonth'] as const)[i], 'relative-month'];
	return [(['lastYear', 'thisYear', 'nextYear'] as const)[i], 'relative-year'];
}

function tryUnit(text: string, pos: number): DateMention | null {
	const m = at(RE_UNIT, text, pos);
	if (!m) return null;
	const unit = group(m, 'u1') ?? group(m, 'u2') ?? '';
	const mod = group(m, 'mod');
	if (mod !== undefined && unit === 'العام' && at(RE_GENERAL_HEAD, text, pos)) return null;
	const [relative, form] = unitRelative(unit, mod === undefined ? 'current' : modKind(mod));
	const out = mention(pos, pos + m[0].length, form);
	out.relative = relative;
	return out;
}

function tryBarePeriod(text: string, pos: number): DateMention | null {
	const m = at(RE_BARE_PERIOD, text, pos);
	if (!m) return null;
	const [relative, form] = unitRelative(group(m, 'u') ?? '', 'current');
	const out = mention(pos, pos + m[0].length, form);
	out.relative = relative;
	return out;
}

function tryDecade(text: string, pos: number): DateMention | null {
	const m = at(RE_DECADE, text, pos);
	if (!m) return null;
	const ord = group(m, 'dord');
	let decade: number;
	if (ord !== undefined) {
		const i = ord === 'الاخير' ? 9 : DECADE_ORD.indexOf(ord);
		const c = centuryStart(group(m, 'cent'));
		if (c === null) return null;
		decade = c + i * 10;
	} else {
		const i = TENS.indexOf(group(m, 'tens') ?? '') + 2;
		const c = centuryStart(group(m, 'cent2'));
		decade = (c ?? 0) + i * 10;
	}
	const out = mention(pos, pos + m[0].length, 'decade');
	out.decade = decade;
	return out;
}

function tryQualified(text: string, pos: number): DateMention | null {
	const q = at(RE_QUAL, text, pos);
	if (!q) return null;
	const p = pos + q[0].length;
	const inner =
		tryYearCue(text, p) ??
		tryBareYear(text, p) ??
		tryUnit(text, p) ??
		tryDecade(text, p) ??
		tryMonthFirst(text, p, true) ??
		tryBarePeriod(text, p);
	if (!inner) return null;
	inner.start = pos;
	inner.qualifier = QUALIFIERS[group(q, 'q') ?? ''] ?? null;
	return inner;
}

/** True when only spaces stand between `end` and a digit: a preposition's year, a cheap test. */
function digitFollows(text: string, end: number): boolean {
	let i = end;
	while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
	const c = text.charCodeAt(i);
	return i > end && c >= 0x30 && c <= 0x39;
}

function dispatch(text: string, pos: number, flags: number, end: number): DateMention | null {
	if (flags === DIGITS)
		return tryNumeric(text, pos) ?? tryDayFirst(text, pos) ?? tryHijriYear(text, pos);
	if (flags === PAREN)
		return at(RE_PAREN_MONTH, text, pos) ? tryMonthFirst(text, pos, false) : null;
	let m: DateMention | null = null;
	if (flags & F_MONTH) m = tryMonthFirst(text, pos, false);
	if (!m && flags & F_WD) m = tryWeekday(text, pos);
	if (!m && flags & F_REL) m = tryWeekday(text, pos) ?? tryRelDay(text, pos);
	if (!m && flags & F_UNIT) m = tryYearCue(text, pos) ?? tryUnit(text, pos);
	if (!m && flags & F_QUAL) m = tryQualified(text, pos);
	if (!m && flags & F_DEC) m = tryDecade(text, pos);
	if (!m && flags & F_ORD) m = tryOrdinal(text, pos);
	if (!m && flags & F_PREP && digitFollows(text, end)) m = tryYearPrep(text, pos);
	return m;
}

export function findDates(text: string): DateMention[] {
	const out: DateMention[] = [];
	if (typeof text !== 'string' || text.length === 0) return out;
	scanWords(text, LEXICON, (pos, flags, wordEnd) => {
		// Most prepositions ("في", "من") are followed by no year: skip them without a regex.
		if (flags === F_PREP && !digitFollows(text, wordEnd)) return -1;
		const found = dispatch(text, pos, flags, wordEnd);
		if (!found || found.end <= found.start) return -1;
		out.push(found);
		let end = found.end;
		// "عامي 2021 و2022", "2021-2022": a year list continues.
		while (found.form === 'year' || found.form === 'bare-year' || found.form === 'hijri') {
			const next = tryYearContinuation(text, end);
			if (!next) break;
			if (next.form === 'year') next.form = found.form === 'bare-year' ? 'bare-year' : 'year';
			out.push(next);
			end = next.end;
			if (next.form !== found.form) break;
		}
		return Math.max(end, pos + 1);
	});
	return out;
}
