/**
 * The article's own date line near its top, in NORMALISED text (normalize.ts).
 *
 *   findDateline(text: string, maxLines = 5): Dateline | null
 *
 * Looks at the first `maxLines` non-empty lines for a full Gregorian date (day, month, year that
 * exist) in any form findDates knows, and takes the best by how it is presented:
 *
 * 1. 'labelled'     after "تاريخ النشر:", "نشر في", "نُشر بتاريخ", "published" (label 'published');
 * 2. 'date-line'    a line that is little else than the date: "19:04 GMT28 أكتوبر/ تشرين الأول 2021",
 *                   "عرب وعالم7-6-2022", "الخميس، 23 نوفمبر 2023 - 10:15 ص";
 * 3. 'labelled'     after "آخر تحديث", "تم التحديث", "updated" (label 'updated': an update stamp, not
 *                   necessarily the publication day);
 * 4. 'today-stated' "اليوم الخميس 23 نوفمبر 2023" in the opening lines: the text dates its own day.
 *
 * Earlier lines win within a rank. Problems of the mention (a weekday that contradicts the date)
 * are passed on; the caller compares the result with the editor's metadata.
 */
import { isValidDate, isoDay } from './calendar';
import type { DateMention } from './dateMention';
import { findDates } from './findDates';
import { L, alternation } from './patterns';

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
			'saturday'
		])})(?![${L}])`
	].join('|'),
	'g'
);
const RE_LETTER = new RegExp(`[${L}]`, 'g');
const LABEL_WINDOW = 80;
const MAX_HEAD = 4000;
/** At most this many letters besides the date and its furniture: a section name, an outlet. */
const DATE_LINE_LETTERS = 20;

function fullDate(m: DateMention): string | null {
	if (m.calendar !== 'gregorian' || m.year === null || m.month === null || m.day === null)
		return null;
	return isValidDate(m.year, m.month, m.day) ? isoDay(m.year, m.month, m.day) : null;
}

function letters(s: string): number {
	return (s.replace(RE_FURNITURE, ' ').match(RE_LETTER) ?? []).length;
}

/**
 * `mentions`, when given, are findDates(text) already computed by the caller: the head is not
 * scanned a second time.
 */
export function findDateline(
	text: string,
	maxLines = 5,
	mentions?: readonly DateMention[]
): Dateline | null {
	if (typeof text !== 'string' || text.length === 0) return null;
	// The head: up to the end of the maxLines-th non-empty line.
	const lines: { start: number; end: number; index: number }[] = [];
	let start = 0;
	for (let index = 0; start <= text.length && lines.length < maxLines; index++) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		if (/\S/.test(text.slice(start, end))) lines.push({ start, end, index });
		if (end >= text.length) break;
		start = end + 1;
	}
	if (lines.length === 0) return null;
	// A head of one huge line (no line breaks in the text) is cut: a date line is short.
	const head = text.slice(0, Math.min(lines[lines.length - 1]?.end ?? 0, MAX_HEAD));

	let best: (Dateline & { rank: number }) | null = null;
	for (const m of mentions ? mentions.filter((x) => x.end <= head.length) : findDates(head)) {
		const date = fullDate(m);
		if (!date) continue;
		const line = lines.find((l) => m.start >= l.start && m.start < l.end);
		if (!line) continue;
		// Labels sit just before the date; what else is on a date line is short. Windows keep
		// a long line from costing more than its neighbourhood.
		const before = text.slice(Math.max(line.start, m.start - LABEL_WINDOW), m.start);
		const after = text.slice(m.end, Math.min(line.end, m.end + LABEL_WINDOW));
		const longLine = m.start - line.start > LABEL_WINDOW || line.end - m.end > LABEL_WINDOW;
		let rank: number;
		let form: DatelineForm;
		let label: Dateline['label'] = null;
		if (RE_PUBLISHED.test(before) && !RE_UPDATED.test(before)) {
			rank = 0;
			form = 'labelled';
			label = 'published';
		} else if (RE_UPDATED.test(before)) {
			rank = 2;
			form = 'labelled';
			label = 'updated';
		} else if (!longLine && letters(before) + letters(after) <= DATE_LINE_LETTERS) {
			rank = 1;
			form = 'date-line';
		} else if (m.relative === 'today') {
			rank = 3;
			form = 'today-stated';
		} else continue;
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
