/**
 * Day numbers written as ordinal words, "الأول من مايو" (1 May), "الحادي والعشرين من سبتمبر",
 * folded (normalize.ts). A unit word, then optionally "عشر" (+10) or "و العشرين/الثلاثين" (+20/+30).
 *
 * Exports: ORDINAL_PATTERN (regex source with groups `ou`, `oteen`, `otens`; no boundaries),
 * ordinalDay(unit, teen, tens) -> 1..31 or null when the words do not name a day.
 */
import { fold } from '../text/normalize';

const UNITS: [string, number][] = [
	['الأول', 1],
	// "الفاتح من سبتمبر", "بين الفاتح والسادس": the first, in the Maghreb.
	['الفاتح', 1],
	['الحادي', 1],
	['الواحد', 1],
	['الثاني', 2],
	['الثالث', 3],
	['الرابع', 4],
	['الخامس', 5],
	['السادس', 6],
	['السابع', 7],
	['الثامن', 8],
	['التاسع', 9],
	['العاشر', 10],
	['العشرين', 20],
	['الثلاثين', 30]
];

const UNIT_VALUE = new Map<string, number>(UNITS.map(([w, n]) => [fold(w), n]));
const FIRST = new Set([fold('الأول'), fold('الفاتح')]);
const COMPOUND_ONE = new Set([fold('الحادي'), fold('الواحد')]);

/** The unit words, for a scanner's trigger list. */
export const ORDINAL_WORDS: readonly string[] = [...UNIT_VALUE.keys()];

const alt = [...UNIT_VALUE.keys()].sort((a, b) => b.length - a.length).join('|');

export const ORDINAL_PATTERN = `(?<ou>${alt})(?:[ \\t]+(?<oteen>عشر)|[ \\t]+و[ \\t]*(?<otens>العشرين|الثلاثين))?`;

export function ordinalDay(
	unit: string,
	teen: string | undefined,
	tens: string | undefined
): number | null {
	const u = UNIT_VALUE.get(unit);
	if (u === undefined) return null;
	if (teen !== undefined) return u >= 1 && u <= 9 && !FIRST.has(unit) ? 10 + u : null;
	if (tens !== undefined) {
		if (u > 9 || FIRST.has(unit)) return null;
		const n = (tens === 'العشرين' ? 20 : 30) + u;
		return n <= 31 ? n : null;
	}
	// "الحادي" / "الواحد" alone are not days; "العشرين" / "الثلاثين" alone are.
	return COMPOUND_ONE.has(unit) ? null : u;
}
