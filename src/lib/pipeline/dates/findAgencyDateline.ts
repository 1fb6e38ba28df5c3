/**
 * A wire agency's dateline without a year, in NORMALISED text: "دوشنبه 16 - 9 (كونا) --",
 * "موسكو - 17 - 10 (قنا) -". The day and month are the agency's; the year is the one the text
 * itself names most often (a wire names its current year: "روبيج-2022", "الحدود-2022"), checked
 * against the weekday it gives its own day ("انطلقت اليوم الاثنين") when it gives one.
 *
 *   findAgencyDateline(text): { day, month, start, end } | null   // in the first lines only
 *   yearOfText(text): number | null                                // most named year, 1990–2099
 *   datelineDay(dateline, year, weekday): 'YYYY-MM-DD' | null
 */
import { isValidDate, isoDay, weekdayOf } from './calendar';

const HEAD = 400;
// A place (one to three words), a day and a month, then the agency in brackets.
const DATELINE =
	/(?:^|\n)[^\S\n]*(?:[\p{L}]+[^\S\n]+){0,2}[\p{L}]+[^\S\n]*[-–]?[^\S\n]*(\d{1,2})[^\S\n]*[-/][^\S\n]*(\d{1,2})[^\S\n]*\([\p{L}\s/]{2,30}\)/u;

export interface AgencyDateline {
	day: number;
	month: number;
	start: number;
	end: number;
}

export function findAgencyDateline(text: string): AgencyDateline | null {
	const m = DATELINE.exec(text.slice(0, HEAD));
	if (!m) return null;
	const day = Number(m[1]);
	const month = Number(m[2]);
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	return { day, month, start: m.index, end: m.index + m[0].length };
}

export function yearOfText(text: string): number | null {
	const counts = new Map<number, number>();
	for (const m of text.matchAll(/(?<!\d)(19[9]\d|20\d\d)(?!\d)/g)) {
		const y = Number(m[1]);
		counts.set(y, (counts.get(y) ?? 0) + 1);
	}
	let best: number | null = null;
	for (const [y, n] of counts)
		if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
	return best;
}

/** The dateline's day in `year`, or in a neighbouring year when only that fits the weekday. */
export function datelineDay(
	d: AgencyDateline,
	year: number,
	weekday: number | null
): string | null {
	for (const y of [year, year - 1, year + 1]) {
		if (!isValidDate(y, d.month, d.day)) continue;
		if (weekday === null || weekdayOf(y, d.month, d.day) === weekday)
			return isoDay(y, d.month, d.day);
		if (weekday === null) break;
	}
	return null;
}
