/**
 * The date grammar (dates/), adapted to the extraction's DateHit. Weeks are kept at month
 * precision (the event set has no week precision) and decades and Hijri dates date no event. A
 * day and month with no year stay open (`dayMonth`) for the merge to resolve from another article.
 */
import { findDateline as findDatelineIn } from '../dates/findDateline';
import type { DateMention } from '../dates/dateMention';
import { findDates } from '../dates/findDates';
import { findCountedSpans, resolveCountedSpan } from '../dates/findCountedSpans';
import { hijriToGregorian } from '../dates/hijriToGregorian';
import { resolveDate } from '../dates/resolveDate';
import { countedDay } from './countedDay';
import type { DateHit } from './types';

export { type DateMention };

export function findDateMentions(norm: string): DateMention[] {
	return findDates(norm);
}

export interface PageDateline {
	date: string;
	start: number;
	end: number;
	/** The line states "today" rather than a publication label: the text dates itself. */
	fromText: boolean;
}

export function findDateline(
	norm: string,
	mentions?: readonly DateMention[],
	within?: string | null
): PageDateline | null {
	const d = findDatelineIn(norm, 5, mentions, within);
	if (!d || d.problems.length > 0) return null;
	return { date: d.date, start: d.start, end: d.end, fromText: d.form === 'today-stated' };
}

export function resolveMention(m: DateMention, published: string | null): DateHit {
	// News mostly reports what happened: a bare weekday ("قال مساء الأحد") is the last one. Only
	// there: an unyeared day may be an announced summit, so it keeps the nearest year either way.
	const r = resolveDate(m, { published, lean: m.form === 'weekday' ? 'past' : null });
	let date: string | null = null;
	// "29 ربيع الآخر 1444 هـ": a full Hijri day, on the Umm al-Qura calendar.
	const h = m.calendar === 'hijri' ? m.hijri : null;
	if (h?.year && h.month && h.day) date = hijriToGregorian(h.year, h.month, h.day);
	if (date === null && r.date !== null && m.calendar === 'gregorian') {
		if (r.precision === 'day' || r.precision === 'month' || r.precision === 'year') date = r.date;
		else if (r.precision === 'week') date = r.date.slice(0, 7);
	}
	const open =
		date === null &&
		m.day !== null &&
		m.month !== null &&
		m.year === null &&
		m.calendar === 'gregorian';
	return {
		start: m.start,
		end: m.end,
		date,
		until: date !== null && r.precision === 'day' && r.end !== null && r.end > date ? r.end : null,
		dayMonth: open ? { month: m.month!, day: m.day! } : null,
		relative: m.relative !== null,
		today: m.relative === 'today',
		...(m.year === null && m.month !== null && m.relative === null && m.calendar === 'gregorian'
			? { yearless: true as const }
			: {}),
		// With no date, the resolver's notes only say why it could not place the mention; the merge
		// may still date it from another article, and reports it if not.
		problems: [...new Set([...m.problems, ...(date === null || h ? [] : r.problems)])]
	};
}

/**
 * Adds the dates counted from the publication day ("منذ يومين", "الخميس من الأسبوع المقبل"),
 * which replace the weekday or week the grammar read inside them.
 */
export function withCountedSpans(
	norm: string,
	hits: DateHit[],
	published: string | null
): DateHit[] {
	const spans = findCountedSpans(norm);
	if (spans.length === 0) return hits;
	const counted: DateHit[] = spans.map((span) =>
		countedDay(span.start, span.end, resolveCountedSpan(span, published))
	);
	const covered = (h: DateHit) => counted.some((c) => h.start < c.end && c.start < h.end);
	return [...hits.filter((h) => !covered(h)), ...counted].sort((a, b) => a.start - b.start);
}

/**
 * "23 نوفمبر 2022 (الموافق 29 ربيع الآخر 1444 هـ)": a Hijri day written beside a Gregorian one
 * that is more than a day away from it on the Umm al-Qura calendar (sighting may differ by one).
 */
export function hijriDisagreements(
	mentions: readonly DateMention[],
	hits: readonly DateHit[]
): { at: number; hijri: string; gregorian: string }[] {
	const out: { at: number; hijri: string; gregorian: string }[] = [];
	mentions.forEach((m, i) => {
		const hijri = hits[i]?.date;
		if (m.calendar !== 'hijri' || !hijri) return;
		const before = i > 0 ? hits[i - 1] : undefined;
		const gregorian = before?.date;
		if (!before || gregorian?.length !== 10 || m.start - before.end > 30) return;
		if (Math.abs(Date.parse(hijri) - Date.parse(gregorian)) > 86_400_000)
			out.push({ at: m.start, hijri, gregorian });
	});
	return out;
}
