/**
 * "تحديث (الخميس): انطلقت ظهر اليوم … قمة": a paragraph an outlet added later opens with the word
 * update and the weekday it was written on. Its "اليوم" is that day, the such weekday nearest the
 * page's own day (the page may carry its first day or its last update's), not the page's. The update's paragraph is dated so; what follows it
 * is the page's again ("الخبر الأصلي: … اليوم الأربعاء").
 */
import { addDays } from './calendar';
import type { EntryStamp } from './entryStamps';
import { weekdayEntry } from './weekdays';

const UPDATE =
	/(?:^|\n)[ \t]*(?:تحديث|اخر\s+تحديث|محدث)\s*[-–—]?\s*[([]?\s*(?:(?:يوم|مساء|صباح|ظهر|فجر)\s+)?([^\s()[\]:\-–—]+)\s*[)\]]?\s*[:：\-–]/g;

export function findUpdateStamps(norm: string, published: string | null): EntryStamp[] {
	if (published?.length !== 10) return [];
	const out: EntryStamp[] = [];
	const from = new Date(`${published}T00:00:00Z`).getUTCDay();
	for (const m of norm.matchAll(UPDATE)) {
		const entry = weekdayEntry(m[1]!);
		if (!entry || entry.abbreviation) continue;
		// The nearest such weekday: a page may carry its first day or its last update's.
		const forward = (entry.weekday - from + 7) % 7;
		const ahead = forward <= 3 ? forward : forward - 7;
		const start = m.index + (m[0].startsWith('\n') ? 1 : 0);
		out.push({ start, date: addDays(published, ahead) });
		// The update is its own paragraph: the text after it is the page's again.
		const end = norm.indexOf('\n', start + m[0].length);
		if (end !== -1) out.push({ start: end + 1, date: published });
	}
	return out;
}
