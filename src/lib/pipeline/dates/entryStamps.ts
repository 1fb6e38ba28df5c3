/**
 * A live page's entry stamps: lines that hold nothing but a full date, a time and a weekday
 * ("23/11/2023 - 11:30", "09:45 | الخميس 06/01/2022", a feed item's "<pubDate>…</pubDate>"), each
 * over the entry it dates. In such a
 * page "اليوم", "أمس" and a bare weekday are the entry's, not the page's: an entry stamped the
 * day before the page's own date says "اجتمع الوزراء اليوم" of that day before.
 */
import type { DateMention } from './dateMention';
import { WEEKDAYS } from './weekdays';
import { fold } from '../text/normalize';

export interface EntryStamp {
	/** Normalised offset where the stamp's line starts: it dates what follows, to the next stamp. */
	start: number;
	/** ISO day. */
	date: string;
}

const WEEKDAY = new RegExp(
	`(?:${[...new Set(WEEKDAYS.filter((w) => !w.abbreviation).map((w) => fold(w.name)))]
		.sort((a, b) => b.length - a.length)
		.join('|')})`,
	'giu'
);
/**
 * What a stamp line may hold besides its date: times, separators, AM/PM, a time zone, and a saved
 * feed's item date tag ("<pubDate>Thu, 16 Sep 2021 18:45:00 +0200</pubDate>": the item's own day,
 * not the feed's build date).
 */
const LEFTOVER =
	/^(?:[\s\d:|\-–—/.,،()•·+]|(?:ص|م|صباحا|مساء|ظهرا|الساعه|بتوقيت\s+\S+|gmt|utc)(?![\p{L}])|<\/?(?:pubdate|dc:date|published|updated)>)*$/iu;
/** A page with one such line has a dateline, not entries. */
const MIN_STAMPS = 2;

const pad = (n: number) => String(n).padStart(2, '0');

export function findEntryStamps(norm: string, mentions: readonly DateMention[]): EntryStamp[] {
	const stamps: EntryStamp[] = [];
	for (const m of mentions) {
		if (m.calendar !== 'gregorian' || m.year === null || m.month === null || m.day === null)
			continue;
		if (m.relative !== null || m.endDay !== null) continue;
		const lineStart = norm.lastIndexOf('\n', m.start - 1) + 1;
		let lineEnd = norm.indexOf('\n', m.end);
		if (lineEnd === -1) lineEnd = norm.length;
		const rest = (norm.slice(lineStart, m.start) + ' ' + norm.slice(m.end, lineEnd)).replace(
			WEEKDAY,
			' '
		);
		if (!LEFTOVER.test(rest)) continue;
		const date = `${m.year}-${pad(m.month)}-${pad(m.day)}`;
		if (stamps.at(-1)?.start !== lineStart) stamps.push({ start: lineStart, date });
	}
	return stamps.length >= MIN_STAMPS ? stamps : [];
}

/** The stamp over `offset`: the last one before it, if any. */
export function stampAt(stamps: readonly EntryStamp[], offset: number): string | null {
	let found: string | null = null;
	for (const s of stamps) {
		if (s.start > offset) break;
		found = s.date;
	}
	return found;
}
