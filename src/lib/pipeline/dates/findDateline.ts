/**
 * The article's own date line near its top, in NORMALISED text (normalize.ts).
 *
 *   findDateline(text: string, maxLines = 5, mentions?, within?): Dateline | null
 *
 * Looks at the first and the last `maxLines` non-empty lines (print pages and almanacs date
 * their foot) for a full Gregorian date (day, month, year that exist) in any form findDates
 * knows, and takes the best by how it is presented:
 *
 * 1. 'labelled'     after "تاريخ النشر:", "نشر في", "نُشر بتاريخ", "published" (label 'published'),
 *                   at the head or the foot;
 * 2. 'date-line'    a line that is little else than the date: "19:04 GMT28 أكتوبر/ تشرين الأول 2021",
 *                   "عرب وعالم7-6-2022", "الخميس، 23 نوفمبر 2023 - 10:15 ص", a print edition's
 *                   "الخميس - 30 ربيع الثاني 1444 هـ - 24 نوفمبر 2022 مـ رقم العدد [16067]"; at the head,
 *                   then at the foot;
 * 3. 'labelled'     after "آخر تحديث", "تم التحديث", "updated" (label 'updated': an update stamp, not
 *                   necessarily the publication day);
 * 4. 'today-stated' "اليوم الخميس 23 نوفمبر 2023" in the opening lines: the text dates its own day.
 *
 * A Hijri or Solar Hijri date counts ("الجمعة 10 صفر 1443هـ", an Iranian page's "۸ بهمن ۱۴۰۰ - ۱۰:۲۰"),
 * a half rank below a Gregorian one of the same presentation, so the Gregorian date beside it wins.
 *
 * Never a site's render stamp ("اليوم: الأحد 6 ديسمبر 2026"), and, when `within` is given (the
 * month or year the page's address carries), never a date outside it. Earlier lines win within
 * a rank. Problems of the mention (a weekday that contradicts the date)
 * are passed on; the caller compares the result with the editor's metadata.
 */
import { isValidDate, isoDay } from './calendar';
import { hijriToGregorian } from './hijriToGregorian';
import type { DateMention } from './dateMention';
import { findDates } from './findDates';
import { L, alternation } from './patterns';
import { isWhiteSpace } from '../text/isWhiteSpace';

export type DatelineForm = 'labelled' | 'date-line' | 'today-stated';

export interface Dateline {
	/** 'YYYY-MM-DD'. */
	date: string;
	/** Normalised offsets of the date itself. */
	start: number;
	end: number;
	/** Index of the line among the text's lines (0-based, empty lines counted). */
	line: number;
	form: DatelineForm;
	label: 'published' | 'updated' | null;
	mention: DateMention;
	problems: string[];
}

const PUBLISHED_LABELS = alternation([
	'تاريخ النشر',
	'نشر في',
	'نشرت في',
	'نشرت',
	'نشر بواسطة',
	'نشر بتاريخ',
	'تم النشر',
	'نشر',
	'منشور',
	'بتاريخ',
	'التاريخ',
	'published',
	'posted',
	'date'
]);
const UPDATED_LABELS = alternation([
	'آخر تحديث',
	'آخر تعديل',
	'تم التعديل',
	'تعديل',
	'تاريخ التحديث',
	'تم التحديث',
	'حدث في',
	'تحديث',
	'last updated',
	'updated',
	'modified'
]);
/** "جريدة الديرة | الأحد 03 أكتوبر 2021 | آخر تحديث": a site's bar shows the day it is read. */
const SITE_BAR = /\|[^|]*\|/;
/**
 * "بيروت | 14-09-2022 | 06:15": an article's own line of place, day and clock time, its parts
 * set apart by bars as a site's bar is: three parts at most, the date, the time it was filed
 * and a place of two words or fewer.
 */
const CLOCK_PART = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[صم]|am|pm)?\s*$/i;
function siteBar(line: string): boolean {
	if (!SITE_BAR.test(line)) return false;
	const parts = line.split('|');
	const clock = parts.some((p) => CLOCK_PART.test(p));
	// Besides the date and the clock, one short part at most (the place), not a menu's items.
	const others = parts.filter((p) => !/\d/.test(p));
	const placeOnly = others.length <= 1 && others.every((p) => p.trim().split(/\s+/).length <= 2);
	return !(
		clock &&
		parts.length <= 3 &&
		placeOnly &&
		!RE_UPDATED.test(line) &&
		!/(?:^|\s)(?:اليوم|today)(?:\s|$)/i.test(line)
	);
}
/** "اليوم: الأحد 6 ديسمبر 2026" in a site's top bar: the day the page was shown, not written. */
const RE_RENDERED = /(?:اليوم|today)\s*[:：]\s*$/i;
const RE_UPDATED = new RegExp(`(?<![${L}])(?:${UPDATED_LABELS})(?![${L}])`);
const RE_PUBLISHED = new RegExp(`(?<![${L}])(?:${PUBLISHED_LABELS})(?![${L}])`);

// What else may stand on a date line: clock times, zones, a.m./p.m., weekday names, separators.
const RE_FURNITURE = new RegExp(
	[
		`\\d{1,2}:\\d{2}(?::\\d{2})?`,
		`(?<![${L}])(?:${alternation([
			'gmt',
			'utc',
			'am',
			'pm',
			'ص',
			'م',
			'مساء',
			'صباحا',
			'بتوقيت',
			'غرينتش',
			'غرينيتش',
			'مكة المكرمة',
			'القدس',
			'موسكو',
			'الساعة',
			'الأحد',
			'الاثنين',
			'الإثنين',
			'الثلاثاء',
			'الأربعاء',
			'الخميس',
			'الجمعة',
			'السبت',
			'sunday',
			'monday',
			'tuesday',
			'wednesday',
			'thursday',
			'friday',
			'saturday',
			// A print edition's header: "… هـ - … مـ رقم العدد [16067]", "السنة 146 - العدد 49465".
			'ه',
			'هـ',
			'مـ',
			'رقم العدد',
			'العدد',
			'السنة',
			'عدد'
		])})(?![${L}])`
	].join('|'),
	'g'
);
const RE_LETTER = new RegExp(`[${L}]`, 'g');
const LABEL_WINDOW = 80;
const MAX_HEAD = 4000;
/** At most this many letters besides the date and its furniture: a section name, an outlet. */
const DATE_LINE_LETTERS = 20;
/** A foot line: a label and the date, or an outlet's name and issue beside it ("نشر بتاريخ:"). */
const FOOT_LETTERS = 30;

/**
 * The Gregorian day of a full date: a Hijri one converted ("الجمعة 10 صفر 1443هـ", the only date a
 * Saudi page's header may give); a Solar Hijri one was converted when found. Both rank just after
 * a Gregorian date of the same form, so the Gregorian date beside it wins (local sighting may put
 * a Hijri day one off; a page may give the Persian day of a different clock).
 */
function fullDate(m: DateMention): string | null {
	if (m.calendar === 'hijri') {
		const h = m.hijri;
		return h && h.year !== null && h.month !== null && h.day !== null
			? hijriToGregorian(h.year, h.month, h.day)
			: null;
	}
	if (m.year === null || m.month === null || m.day === null) return null;
	return isValidDate(m.year, m.month, m.day) ? isoDay(m.year, m.month, m.day) : null;
}
const HIJRI_RANK = 0.5;

function letters(s: string): number {
	return (s.replace(RE_FURNITURE, ' ').match(RE_LETTER) ?? []).length;
}

/** A line this long is the body's first paragraph, not the page's furniture. */
const PARAGRAPH = 120;
/** However short its lines, a page's head ends here. */
const MAX_HEAD_LINES = 10;

/**
 * How many lines the head holds: `maxLines`, or more while they stay short (a saved page's site
 * name, menu, section, headline and byline come before its date: "القاهرة 24", "الرئيسية |
 * أخبار | …", "كتب: …", "الأربعاء 23/نوفمبر/2022 - 04:12 م"), up to the first paragraph.
 */
function headCount(all: readonly { start: number; end: number }[], maxLines: number): number {
	let n = 0;
	while (n < all.length && n < MAX_HEAD_LINES && all[n]!.end - all[n]!.start < PARAGRAPH) n++;
	return Math.max(maxLines, n);
}

/**
 * `mentions`, when given, are findDates(text) already computed by the caller: the head is not
 * scanned a second time.
 */
export function findDateline(
	text: string,
	maxLines = 5,
	mentions?: readonly DateMention[],
	within?: string | null
): Dateline | null {
	if (typeof text !== 'string' || text.length === 0) return null;
	const all = nonEmptyLines(text);
	if (all.length === 0) return null;
	const headLines = all.slice(0, headCount(all, maxLines));
	const footLines = all.slice(Math.max(maxLines, all.length - maxLines));
	// A head of one huge line (no line breaks in the text) is cut: a date line is short.
	const headEnd = Math.min(headLines.at(-1)!.end, MAX_HEAD);
	const footStart = Math.max(footLines[0]?.start ?? text.length, text.length - MAX_HEAD);
	const found = mentions ?? [
		...findDates(text.slice(0, headEnd)),
		...footMentions(text, footStart)
	];
	const inHead = (m: DateMention) => m.end <= headEnd;
	const inFoot = (m: DateMention) => m.start >= footStart;

	let best: (Dateline & { rank: number }) | null = null;
	for (const m of found) {
		if (!inHead(m) && !inFoot(m)) continue;
		const date = fullDate(m);
		if (!date || (within && !date.startsWith(within))) continue;
		const foot = !inHead(m);
		const line = (foot ? footLines : headLines).find((l) => m.start >= l.start && m.start < l.end);
		if (!line) continue;
		// Labels sit just before the date; what else is on a date line is short. Windows keep
		// a long line from costing more than its neighbourhood.
		const before = text.slice(Math.max(line.start, m.start - LABEL_WINDOW), m.start);
		const after = text.slice(m.end, Math.min(line.end, m.end + LABEL_WINDOW));
		if (RE_RENDERED.test(before)) continue;
		const longLine = m.start - line.start > LABEL_WINDOW || line.end - m.end > LABEL_WINDOW;
		// Past the first lines, only a line that is little else than the date: a short
		// paragraph may cite one ("وعقد الاجتماع بتاريخ 23 نوفمبر").
		const beyond =
			!foot && headLines.length > maxLines && line.index > headLines[maxLines - 1]!.index;

		// Another date on the line (the Hijri one beside it) is furniture, not words.
		const others = found.filter((o) => o !== m && o.start >= line.start && o.end <= line.end);
		const words = (from: number, to: number) => letters(blank(text, from, to, others));
		// At the foot only a line of its own: the body's last paragraphs cite dates too.
		if ((foot || beyond) && (longLine || words(line.start, line.end) > FOOT_LETTERS)) continue;
		let rank: number;
		let form: DatelineForm;
		let label: Dateline['label'] = null;
		if (RE_PUBLISHED.test(before) && !RE_UPDATED.test(before)) {
			rank = 0;
			form = 'labelled';
			label = 'published';
		} else if (RE_UPDATED.test(before)) {
			rank = 3;
			form = 'labelled';
			label = 'updated';
		} else if (
			!longLine &&
			!siteBar(text.slice(line.start, line.end)) &&
			words(m.start - before.length, m.start) + words(m.end, m.end + after.length) <=
				DATE_LINE_LETTERS
		) {
			rank = foot ? 2 : 1;
			form = 'date-line';
		} else if (m.relative === 'today' && !foot) {
			rank = 4;
			form = 'today-stated';
		} else continue;
		if (m.calendar === 'hijri' || m.solar !== null) rank += HIJRI_RANK;
		if (best === null || rank < best.rank)
			best = {
				rank,
				date,
				start: m.start,
				end: m.end,
				line: line.index,
				form,
				label,
				mention: m,
				problems: [...m.problems]
			};
	}
	if (!best) return null;
	const { rank: _rank, ...dateline } = best;
	void _rank;
	return dateline;
}

interface Line {
	start: number;
	end: number;
	/** Index among all the text's lines, empty ones counted. */
	index: number;
}

function nonEmptyLines(text: string): Line[] {
	const out: Line[] = [];
	let start = 0;
	for (let index = 0; start <= text.length; index++) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		if (hasNonSpace(text, start, end)) out.push({ start, end, index });
		if (end >= text.length) break;
		start = end + 1;
	}
	return out;
}

function hasNonSpace(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (!isWhiteSpace(text.charCodeAt(i))) return true;
	return false;
}

/** findDates over the foot, at the text's own offsets. */
function footMentions(text: string, from: number): DateMention[] {
	return findDates(text.slice(from)).map((m) => ({
		...m,
		start: m.start + from,
		end: m.end + from
	}));
}

/** `text[from, to)` with the spans of `others` blanked out. */
function blank(text: string, from: number, to: number, others: readonly DateMention[]): string {
	let out = '';
	let at = from;
	for (const o of [...others].sort((a, b) => a.start - b.start)) {
		if (o.end <= at || o.start >= to) continue;
		out += text.slice(at, Math.max(at, o.start)) + ' ';
		at = Math.max(at, o.end);
	}
	return out + text.slice(at, to);
}
