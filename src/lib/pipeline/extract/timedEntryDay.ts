/**
 * "🔴 10:40 | عاجل: اشتباكات بالأسلحة الرشاشة على الحدود": a bulletin's timed entry under a day
 * header (an entry stamp, dates/entryStamps.ts) reports what is happening as it is sent, so a
 * happening it tells with no date of its own is on the header's day.
 */
import { stampAt, type EntryStamp } from '../dates/entryStamps';
import { countedDay } from './countedDay';
import type { DateHit, Sentence } from './types';

/** The entry opens with a clock time: bullets or an emoji, "10:40", a bar, dash or colon. */
const TIMED =
	/^[^\p{L}\d]{0,6}(?:عاجل\s*[|:\-–—]?\s*)?(?:الساعه\s+)?\d{1,2}:\d{2}\s*(?:ص|م|صباحا|مساء)?\s*(?:[|\-–—:]|$)/u;
/**
 * What an entry recalls or explains rather than reports: "يذكر أن", "سبق أن", "وكانت … قد", a
 * report's or a background's label, a question, a speaker's words after his name and a colon.
 */
const NOT_NEWS =
	/(?:^|\s)(?:يذكر\s+ان|سبق\s+ان|[وف]?كان(?:ت)?\s+(?:\S+\s+){0,8}?قد|تقرير\s*:|خلفيه|كيف|لماذا)(?![\p{L}])|[؟?]/u;
/** "09:00 | باشينيان: …": an entry that quotes its speaker. */
const QUOTED = /^[^\p{L}]{0,20}(?:عاجل\s*[|:\-–—]?\s*)?(?!عاجل)\p{L}+(?:\s+\p{L}+)?\s*:/u;

/**
 * "حصيلة الاشتباكات ترتفع إلى 200 قتيل", "ضحايا المواجهات": a toll or aftermath counted on the
 * header's day, not the day of the happening it counts. (Not "قتلى في اشتباكات جديدة": a new one.)
 */
const TOLL_OF = /(?:^|\s)[وف]?(?:ال)?(?:حصيله|ضحايا|خسائر|تداعيات|اثار)\s+(?:\S+\s+)?(?:ال)?$/;

export function timedEntryDay(
	norm: string,
	s: Sentence,
	stamps: readonly EntryStamp[],
	/** Where the happening's noun starts. */
	at = s.start
): DateHit | undefined {
	if (stamps.length === 0) return undefined;
	if (TOLL_OF.test(norm.slice(Math.max(s.start, at - 24), at))) return undefined;
	const lineStart = norm.lastIndexOf('\n', s.start - 1) + 1;
	if (!TIMED.test(norm.slice(lineStart, Math.min(s.end, lineStart + 30)))) return undefined;
	const entry = norm.slice(lineStart, s.end);
	if (NOT_NEWS.test(entry) || QUOTED.test(entry.replace(/^[^|]*\|/, ''))) return undefined;
	const day = stampAt(stamps, s.start);
	// (A header after the page's first day is kept: live pages go on after it. A programme of
	// meetings to come under its days' headers is read as reported: not told apart yet.)
	if (!day) return undefined;
	return countedDay(lineStart, lineStart, day);
}
