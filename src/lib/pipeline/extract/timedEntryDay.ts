/**
 * "🔴 10:40 | عاجل: اشتباكات بالأسلحة الرشاشة على الحدود": a bulletin's timed entry under a day
 * header (an entry stamp, dates/entryStamps.ts) reports what is happening as it is sent, so a
 * happening it tells with no date of its own is on the header's day.
 */
import { stampAt, type EntryStamp } from '../dates/entryStamps';
import type { DateHit, Sentence } from './types';

/** The entry opens with a clock time: bullets or an emoji, "10:40", a bar, dash or colon. */
const TIMED = /^[^\p{L}\d]{0,6}\d{1,2}:\d{2}\s*(?:[|\-–—:]|$)/u;

export function timedEntryDay(
	norm: string,
	s: Sentence,
	stamps: readonly EntryStamp[]
): DateHit | undefined {
	if (stamps.length === 0) return undefined;
	const lineStart = norm.lastIndexOf('\n', s.start - 1) + 1;
	if (!TIMED.test(norm.slice(lineStart, Math.min(s.end, lineStart + 24)))) return undefined;
	const day = stampAt(stamps, s.start);
	if (!day) return undefined;
	const at = lineStart;
	return {
		start: at,
		end: at,
		date: day,
		until: null,
		dayMonth: null,
		relative: true,
		today: false,
		problems: []
	};
}
