/**
 * Weekday names, folded (normalize.ts), 0 = Sunday … 6 = Saturday: the Arabic names count from
 * Sunday (الأحد "the first", الاثنين "the second"), as Date.getUTCDay does.
 *
 * `ambiguous` names are also ordinary words: الأحد ("the one", "الأحد عشر" eleven), الاثنين ("the
 * two", "both"), الجمعة ("صلاة الجمعة", the Friday prayer as an institution). findDates accepts them
 * bare only outside the contexts that make them words. English abbreviations need a date after.
 *
 * Exports: WEEKDAYS (entries), weekdayEntry(name), WEEKDAY_NAMES_EN.
 */
import { fold } from '../text/normalize';

export interface WeekdayEntry {
	name: string;
	weekday: number;
	english: boolean;
	/** English abbreviations: only accepted in front of a date ("Thu, 23 Nov 2023"). */
	abbreviation: boolean;
	ambiguous: boolean;
}

type Row = [raw: string, weekday: number, ambiguous?: boolean];

const ARABIC: Row[] = [
	['الأحد', 0, true],
	['الإثنين', 1, true],
	['الاثنين', 1, true],
	['الاتنين', 1],
	['الثلاثاء', 2],
	['الثلاثا', 2],
	['الأربعاء', 3],
	['الاربعا', 3],
	['الخميس', 4],
	['الجمعة', 5, true],
	['السبت', 6]
];

const ENGLISH = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ENGLISH_ABBR: [string, number][] = [
	['sun', 0],
	['mon', 1],
	['tue', 2],
	['tues', 2],
	['wed', 3],
	['thu', 4],
	['thur', 4],
	['thurs', 4],
	['fri', 5],
	['sat', 6]
];

const entries: WeekdayEntry[] = [];
for (const [raw, weekday, ambiguous] of ARABIC)
	entries.push({
		name: fold(raw),
		weekday,
		english: false,
		abbreviation: false,
		ambiguous: ambiguous === true
	});
ENGLISH.forEach((name, weekday) =>
	entries.push({ name, weekday, english: true, abbreviation: false, ambiguous: false })
);
for (const [name, weekday] of ENGLISH_ABBR)
	entries.push({ name, weekday, english: true, abbreviation: true, ambiguous: true });

export const WEEKDAYS: readonly WeekdayEntry[] = entries;

const BY_NAME = new Map<string, WeekdayEntry>();
for (const e of entries) if (!BY_NAME.has(e.name)) BY_NAME.set(e.name, e);

export function weekdayEntry(matched: string): WeekdayEntry | null {
	return BY_NAME.get(matched.replace(/\.$/, '')) ?? null;
}

export const WEEKDAY_NAMES_EN = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
] as const;
