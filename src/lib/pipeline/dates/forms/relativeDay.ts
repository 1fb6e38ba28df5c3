/**
 * 'relative-day': "اليوم", "اليوم /الخميس/", "أمس", "أول من أمس", "غداً", "بعد غد", and "قبل قليل",
 * "منذ قليل", "قبل دقائق", "منذ لحظات", "قبل ساعات قليلة" (moments or hours ago: a news page's
 * today; not "قبل ساعات (قليلة/فقط) من القمة", "قبل دقائق على بدء", nor "منذ ساعات الفجر الأولى يوم
 * الثلاثاء", "منذ ساعة متأخرة من ليل الاثنين": hours of a day named after them ("منذ ساعات الليل
 * المتأخرة" alone is today's); "وبعد قليل" in a story is shortly
 * after the day just told, so it is left alone), unless the
 * words around make it a noun ("روسيا اليوم") or a verb ("غدا" "became"); or a relative day joined
 * to the date after it (dateAfter.ts).
 */
import { mention, type DateMention, type Relative } from '../dateMention';
import { RE_GAP, RE_WD } from '../datePatterns';
import { FIRST_TO_TENTH } from '../dateWords';
import { L, S, WORD_END, WORD_START, alternation } from '../patterns';
import { at, sticky } from '../sticky';
import { weekdayEntry } from '../weekdays';
import { joinDay, tryDateAfter } from './dateAfter';

const RE_RELDAY = sticky(
	`${WORD_START}(?:(?<dby>اول${S}+(?:من${S}+)?امس|امس${S}+الاول)|(?<dat>بعد${S}+(?:غدا|الغد|غد))|(?<yest>(?:يوم${S}+)?(?:الامس|امس))|(?<tom>(?:يوم${S}+)?(?:غدا|الغد|غد))|(?<today>اليوم)|(?<moments>(?:قبل|منذ)${S}+(?:قليل|(?:دقايق|لحظات|ساعات|دقيقه|لحظه|ساعه|ساعتين|دقيقتين)(?!(?:${S}+(?:قليله|معدوده|واحده|فقط|تقريبا))*${S}+(?:من|علي)${WORD_END})(?!(?:${S}+[^\\s،,.]+){0,3}?${S}+(?:يوم|ليل|ليله|فجر|صباح|مساء|ظهر)${WORD_END})(?:${S}+(?:قليله|معدوده|واحده))?)(?!${S}+(?:من|علي)${WORD_END})))${WORD_END}`
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
		...FIRST_TO_TENTH,
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

export function tryRelDay(text: string, pos: number): DateMention | null {
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
		if (relative === 'today' && g.moments === undefined) {
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
