/**
 * Dates counted from the publication day, in NORMALISED text, which findDates leaves out:
 *
 * - 'ago'           "منذ يومين", "قبل ثلاثة أيام", "منذ 5 ايام", "قبل أسبوعين", "قبل أربع سنوات"
 * - 'week-weekday'  "يوم الخميس من الأسبوع المقبل", "الاثنين من الأسبوع الماضي"
 *
 *   findCountedSpans(text): CountedSpan[]          // sorted, never overlapping
 *   resolveCountedSpan(span, published): string | null  // a day; a month for weeks, a year for years
 *
 * Weeks run Sunday to Saturday, as the Arabic week counts from الأحد ("the first").
 */
import { addDays, parseIsoDay, weekdayOf } from './calendar';
import { countOf, NUMBER, UNIT_WORDS, unitWordsOf, type CountUnit } from './countWords';
import { WEEKDAYS } from './weekdays';

export type CountedSpan =
	| { form: 'ago'; start: number; end: number; unit: CountUnit; count: number }
	| { form: 'week-weekday'; start: number; end: number; weekday: number; weeks: -1 | 1 };

// "منذ يومين", "قبل ثلاثة أيام", "منذ 5 ايام": a preposition, a count (or a dual unit), a unit.
const AGO = new RegExp(
	`(?<![\\p{L}])[وف]?(?:منذ|قبل)\\s+(?:(${NUMBER})\\s+)?(${unitWordsOf('day', 'week', 'year')})(?![\\p{L}])`,
	'gu'
);
// (With a word between: "قبل يومين فقط من القمة", "قبل أسبوع تقريبا على".)
const OF_ANOTHER =
	/^\s+(?:واحد[ةه]?\s+)?(?:(?:فقط|تقريبا|بالضبط|بالتحديد)\s+)?(?:من|علي)\s+(?!(?:الان|اليوم|الحين)(?![\p{L}]))/u;
const WEEKDAY_NAMES = WEEKDAYS.filter((w) => !w.english).map((w) => w.name);
const WEEK_WEEKDAY = new RegExp(
	`(?<![\\p{L}])(?:يوم\\s+)?(${WEEKDAY_NAMES.join('|')})\\s+من\\s+الاسبوع\\s+(المقبل|القادم|الماضي|السابق)(?![\\p{L}])`,
	'gu'
);

export function findCountedSpans(text: string): CountedSpan[] {
	const out: CountedSpan[] = [];
	// Most texts have neither form: a plain search first spares the regexes.
	const ago = text.includes('منذ') || text.includes('قبل');
	const week = text.includes('من الاسبوع');
	for (const m of ago ? text.matchAll(AGO) : []) {
		const unitWord = m[2]!;
		// A bare plural ("منذ أيام", "قبل سنوات") counts nothing.
		const count = countOf(m[1], unitWord);
		if (!count) continue;
		// "قبل يومين من القمة", "قبل أسبوع على الاشتباكات": counted from another happening, not
		// from the page's day ("قبل يومين من الآن" still is).
		if (OF_ANOTHER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
		out.push({
			form: 'ago',
			start: m.index,
			end: m.index + m[0].length,
			unit: UNIT_WORDS[unitWord]!.unit,
			count
		});
	}
	for (const m of week ? text.matchAll(WEEK_WEEKDAY) : []) {
		const weekday = WEEKDAYS.find((w) => !w.english && w.name === m[1])!.weekday;
		const weeks = m[2] === 'الماضي' || m[2] === 'السابق' ? -1 : 1;
		out.push({ form: 'week-weekday', start: m.index, end: m.index + m[0].length, weekday, weeks });
	}
	return out.sort((a, b) => a.start - b.start);
}

export function resolveCountedSpan(span: CountedSpan, published: string | null): string | null {
	const day = published ? parseIsoDay(published) : null;
	if (!published || !day) return null;
	if (span.form === 'ago') {
		if (span.unit === 'year') return String(day.year - span.count);
		// Weeks ago name no day: the month they fall in.
		const back = addDays(published, -span.count * (span.unit === 'week' ? 7 : 1));
		return span.unit === 'week' ? back.slice(0, 7) : back;
	}
	// The Sunday of the publication week, then the named day of the week before or after it.
	const sunday = addDays(published, -weekdayOf(day.year, day.month, day.day));
	return addDays(sunday, span.weeks * 7 + span.weekday);
}
