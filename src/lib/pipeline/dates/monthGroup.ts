/**
 * A month name and what pairs with it: "مايو/أيار", "سبتمبر (أيلول)", "(نوفمبر) تشرين الثاني",
 * "نوفمبر تشرين الثاني"; paired names that disagree are read by the first, with a problem, and
 * "مايو-يونيو" is a range whose second month is its own mention.
 *
 *   parseMonthGroup(text, pos): MonthGroup | null
 */
import { MONTH_NAMES_EN, monthEntry, type MonthEntry } from './months';
import { MONTH, S } from './patterns';
import { at, group, sticky } from './sticky';

const RE_M = sticky(MONTH);
const RE_PAREN_FIRST = sticky(`\\(${S}*(?<a>${MONTH})${S}*\\)${S}*(?<b>${MONTH})`);
const RE_PAIR_SLASH = sticky(`${S}*[/\\\\|\\-]${S}*(?<b>${MONTH})`);
const RE_PAIR_PAREN = sticky(`${S}*\\(${S}*(?<b>${MONTH})${S}*\\)`);
const RE_PAIR_SPACE = sticky(`${S}+(?<b>${MONTH})`);

export interface MonthGroup {
	end: number;
	entry: MonthEntry;
	paired: boolean;
	problems: string[];
	/** Start of the second month of a range "مايو-يونيو", else -1. */
	rangeNext: number;
}

function disagree(a: MonthEntry, b: MonthEntry): string {
	return `The paired month names disagree: "${a.name}" is ${MONTH_NAMES_EN[a.month - 1]} but "${b.name}" is ${MONTH_NAMES_EN[b.month - 1]}; read as ${MONTH_NAMES_EN[a.month - 1]}.`;
}

export function parseMonthGroup(text: string, pos: number): MonthGroup | null {
	let m = at(RE_PAREN_FIRST, text, pos);
	if (m) {
		const a = monthEntry(group(m, 'a') ?? '');
		const b = monthEntry(group(m, 'b') ?? '');
		if (a && b) {
			const problems = a.month === b.month ? [] : [disagree(a, b)];
			return { end: pos + m[0].length, entry: a, paired: true, problems, rangeNext: -1 };
		}
	}
	m = at(RE_M, text, pos);
	if (!m) return null;
	const a = monthEntry(m[0]);
	if (!a) return null;
	const e1 = pos + m[0].length;
	const single: MonthGroup = { end: e1, entry: a, paired: false, problems: [], rangeNext: -1 };

	m = at(RE_PAIR_SLASH, text, e1);
	if (m) {
		const name = group(m, 'b') ?? '';
		const b = monthEntry(name);
		const end = e1 + m[0].length;
		if (b) {
			if (b.month === a.month) return { ...single, end, paired: true };
			// Same family, different months: "مايو-يونيو" is a range, the second month is its own mention.
			if (b.family === a.family) return { ...single, rangeNext: end - name.length };
			return { ...single, end, paired: true, problems: [disagree(a, b)] };
		}
	}
	m = at(RE_PAIR_PAREN, text, e1);
	if (m) {
		const b = monthEntry(group(m, 'b') ?? '');
		const end = e1 + m[0].length;
		if (b)
			return {
				...single,
				end,
				paired: true,
				problems: b.month === a.month ? [] : [disagree(a, b)]
			};
	}
	m = at(RE_PAIR_SPACE, text, e1);
	if (m) {
		const b = monthEntry(group(m, 'b') ?? '');
		if (b && b.month === a.month && b.family !== a.family)
			return { ...single, end: e1 + m[0].length, paired: true };
	}
	return single;
}
