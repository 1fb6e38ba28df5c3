/**
 * A qualifier in front of a year, relative period, decade or month, "مطلع 2023", "أواخر العام
 * الماضي", "منتصف التسعينيات": the inner mention, started at the qualifier, with `qualifier` set.
 */
import type { DateMention } from '../dateMention';
import { QUALIFIERS } from '../dateWords';
import { S, WORD_START, alternation } from '../patterns';
import { at, group, sticky } from '../sticky';
import { tryDecade } from './decade';
import { tryMonthFirst } from './monthFirst';
import { tryBarePeriod, tryUnit } from './relativePeriod';
import { tryBareYear, tryYearCue } from './year';

const QUAL_WORDS = alternation(Object.keys(QUALIFIERS));

const RE_QUAL = sticky(`${WORD_START}(?<q>${QUAL_WORDS})${S}+`);

export function tryQualified(text: string, pos: number): DateMention | null {
	const q = at(RE_QUAL, text, pos);
	if (!q) return null;
	const p = pos + q[0].length;
	const inner =
		tryYearCue(text, p) ??
		tryBareYear(text, p) ??
		tryUnit(text, p) ??
		tryDecade(text, p) ??
		tryMonthFirst(text, p, true) ??
		tryBarePeriod(text, p);
	if (!inner) return null;
	inner.start = pos;
	inner.qualifier = QUALIFIERS[group(q, 'q') ?? ''] ?? null;
	return inner;
}
