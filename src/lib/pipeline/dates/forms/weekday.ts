/**
 * 'weekday': "يوم الثلاثاء", "الخميس الماضي", a bare "الثلاثاء" (unless the words around make an
 * ambiguous name an ordinary word), or a weekday joined to the date after it (dateAfter.ts).
 */
import { mention, type DateMention, type Relative } from '../dateMention';
import { RE_WD } from '../datePatterns';
import { PAST } from '../dateWords';
import { COMING_WORDS, L, PAST_WORDS, S, WORD_END, WORD_START, alternation } from '../patterns';
import { at, group, sticky } from '../sticky';
import { weekdayEntry, type WeekdayEntry } from '../weekdays';
import { joinDay, tryDateAfter } from './dateAfter';

const WEEKDAY_MODS = alternation([...PAST_WORDS, ...COMING_WORDS]);

const RE_YAWM = sticky(`${WORD_START}يوم${S}+`);

const RE_WD_MOD = sticky(`${S}+(?<mod>${WEEKDAY_MODS})${WORD_END}`);

// Bare ambiguous weekdays: what before and after makes them ordinary words.
const WEEKDAY_BAD: Record<number, { before: RegExp; after: RegExp } | undefined> = {
	0: {
		before: sticky(`(?<=(?<![${L}])(?:الواحد|الله|عبد)${S}+)`),
		after: sticky(`${S}+(?:عشر|الصمد)${WORD_END}`)
	},
	1: {
		before: sticky(`(?<=(?<![${L}])[وفبل]?(?:بين|كلا|لكلا|هذين|هذان|كلتا)${S}+)`),
		after: sticky(`${S}+(?:معا|كليهما|منهما|منهم|عشر)${WORD_END}`)
	},
	5: {
		before: sticky(
			`(?<=(?<![${L}])[وفبل]?(?:صلاه|صلوات|خطبه|خطيب|خطباء|مسجد|جامع|امام|ايمه)${S}+)`
		),
		after: sticky(`${S}+(?:الجامعه|الموحده)${WORD_END}`)
	}
};

function weekdayIsWord(text: string, start: number, end: number, entry: WeekdayEntry): boolean {
	const bad = WEEKDAY_BAD[entry.weekday];
	if (!bad) return false;
	return at(bad.before, text, start) !== null || at(bad.after, text, end) !== null;
}

export function tryWeekday(text: string, pos: number): DateMention | null {
	let p = pos;
	const yawm = at(RE_YAWM, text, p);
	if (yawm) p += yawm[0].length;
	const m = at(RE_WD, text, p);
	if (!m) return null;
	const entry = weekdayEntry(m[0]);
	if (!entry) return null;
	let end = p + m[0].length;
	let relative: Relative | null = null;
	const mod = at(RE_WD_MOD, text, end);
	if (mod) {
		relative = PAST.has(group(mod, 'mod') ?? '') ? 'lastWeekday' : 'nextWeekday';
		end += mod[0].length;
	}
	const date = tryDateAfter(text, end);
	if (date) return joinDay(date, pos, entry.weekday, null);
	if (entry.abbreviation) return null;
	if (!yawm && !relative && entry.ambiguous && weekdayIsWord(text, p, end, entry)) return null;
	const night = relative === null ? nightAfter(text, pos, end, entry.weekday) : null;
	const out = mention(pos, night?.end ?? end, 'weekday');
	out.weekday = night?.weekday ?? entry.weekday;
	out.relative = relative;
	return out;
}

const RE_NIGHT_BEFORE = sticky(`(?<=(?<![${L}])[وفبل]?(?:ليل|ليله)${S}+)`);
const RE_NIGHT_JOINT = sticky(`${S}*[-–/]${S}*|${S}+(?:[وف]|الي|علي)?${S}*`);

/**
 * "ليل الإثنين-الثلاثاء", "ليلة الأحد إلى الاثنين": the night between two days is told by both, and
 * what happens in it is dated, as the news dates it, on the second (after midnight).
 */
function nightAfter(
	text: string,
	start: number,
	end: number,
	weekday: number
): { end: number; weekday: number } | null {
	if (!at(RE_NIGHT_BEFORE, text, start)) return null;
	const joint = at(RE_NIGHT_JOINT, text, end);
	if (!joint) return null;
	const next = at(RE_WD, text, end + joint[0].length);
	const entry = next ? weekdayEntry(next[0]) : null;
	if (!next || !entry || entry.abbreviation || entry.weekday !== (weekday + 1) % 7) return null;
	return { end: end + joint[0].length + next[0].length, weekday: entry.weekday };
}
