/**
 * What may follow a month (or a month and day): a year ("2023", "من عام 2023", "1445 هـ"), "العام
 * الماضي / هذا العام", or a bare modifier ("الماضي", "الجاري", "المقبل").
 *
 *   parseTail(text, pos): Tail   // an empty tail (end = pos) when nothing follows
 */
import type { Relative } from './dateMention';
import { MONTH_MODS, YEAR_MODS, modKind } from './dateWords';
import { HIJRI_ERA, S, WORD_END, YEAR } from './patterns';
import { at, group, sticky } from './sticky';

const RE_TAIL_YEAR = sticky(
	`${S}*(?:[,،\\-/]${S}*)?(?:(?:من${S}+)?(?:ال)?(?:عام|سنه)${S}+)?${YEAR}`
);
const RE_TAIL_YREL = sticky(
	`${S}+(?:من${S}+)?(?:(?<this>هذا|هذه)${S}+(?:العام|السنه)|(?:العام|السنه)${S}+(?<mod>${YEAR_MODS}))${WORD_END}`
);
const RE_TAIL_MREL = sticky(`${S}+(?<mod>${MONTH_MODS})${WORD_END}`);

export interface Tail {
	end: number;
	year: number | null;
	hijriEra: boolean;
	gregorianEra: boolean;
	relative: Relative | null;
}

export function parseTail(text: string, pos: number): Tail {
	let m = at(RE_TAIL_YEAR, text, pos);
	if (m) {
		const era = group(m, 'era');
		return {
			end: pos + m[0].length,
			year: Number(group(m, 'y')),
			hijriEra: era !== undefined && HIJRI_ERA.has(era),
			gregorianEra: era !== undefined && !HIJRI_ERA.has(era),
			relative: null
		};
	}
	m = at(RE_TAIL_YREL, text, pos);
	if (m) {
		const mod = group(m, 'mod');
		const kind = mod === undefined ? 'current' : modKind(mod);
		const relative: Relative =
			kind === 'past' ? 'lastYear' : kind === 'coming' ? 'nextYear' : 'thisYear';
		return { end: pos + m[0].length, year: null, hijriEra: false, gregorianEra: false, relative };
	}
	m = at(RE_TAIL_MREL, text, pos);
	if (m) {
		const relative = modKind(group(m, 'mod') ?? '');
		return { end: pos + m[0].length, year: null, hijriEra: false, gregorianEra: false, relative };
	}
	return { end: pos, year: null, hijriEra: false, gregorianEra: false, relative: null };
}
