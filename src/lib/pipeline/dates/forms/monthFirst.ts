/**
 * Forms that start with a month name: 'month-day' "November 23, 2023", "نوفمبر 23، 2023" (an
 * Arabic name needs the year), and 'month' "مايو/أيار 2021", "مايو الماضي", "شهر مارس" (ambiguous
 * names need such context, or `context` from the caller).
 */
import type { DateMention } from '../dateMention';
import { dated } from '../dated';
import { parseMonthGroup } from '../monthGroup';
import { parseTail, type Tail } from '../monthTail';
import { DAY_NUMBER, HIJRI_ERA, L, ORDINAL_SUFFIX, S, YEAR } from '../patterns';
import { solarInDisguise } from '../solarDated';
import { at, group, sticky } from '../sticky';

const RE_SHAHR_BEFORE = sticky(`(?<=(?<![${L}])[وفبل]?شهر${S}+)`);

const RE_MD_TAIL = sticky(
	`${S}*(?<d>${DAY_NUMBER})${ORDINAL_SUFFIX}?(?!\\d|[:.]\\d)(?:${S}*[,،])?(?:${S}*${YEAR})?`
);

export function tryMonthFirst(text: string, pos: number, context: boolean): DateMention | null {
	const mg = parseMonthGroup(text, pos);
	if (!mg) return null;
	if (mg.rangeNext < 0) {
		const md = at(RE_MD_TAIL, text, mg.end);
		const y = md ? group(md, 'y') : undefined;
		if (md && (y !== undefined || mg.entry.family === 'english') && md[0].length > 0) {
			const era = md ? group(md, 'era') : undefined;
			const tail: Tail = {
				end: mg.end + md[0].length,
				year: y === undefined ? null : Number(y),
				hijriEra: era !== undefined && HIJRI_ERA.has(era),
				gregorianEra: era !== undefined && !HIJRI_ERA.has(era),
				relative: null
			};
			if (solarInDisguise(mg.entry, tail.year)) return null;
			// "November 23" needs a space: "nov23" is not English copy.
			if (/^[ \t,]/.test(md[0]) || mg.entry.family !== 'english')
				return dated(pos, Number(group(md, 'd')), null, mg, tail, 'month-day');
		}
	}
	let tail: Tail;
	let end = mg.end;
	if (mg.rangeNext >= 0) {
		// The range's first month takes the year written after the second.
		const second = parseMonthGroup(text, mg.rangeNext);
		tail = parseTail(text, second ? second.end : mg.end);
	} else {
		tail = parseTail(text, mg.end);
		end = tail.end;
	}
	const hasContext =
		context ||
		!mg.entry.ambiguous ||
		mg.paired ||
		tail.year !== null ||
		tail.relative !== null ||
		at(RE_SHAHR_BEFORE, text, pos) !== null;
	if (!hasContext || solarInDisguise(mg.entry, tail.year)) return null;
	if (mg.entry.family === 'hijri' && tail.year === null) return null;
	const m = dated(pos, null, null, mg, { ...tail, end }, 'month');
	return m;
}
