/**
 * 'decade': "أوائل العقد الأول من القرن الحادي والعشرين", "تسعينيات القرن الماضي", "الثمانينات".
 */
import { mention, type DateMention } from '../dateMention';
import { FIRST_TO_TENTH, TENS } from '../dateWords';
import { S, WORD_END, WORD_START } from '../patterns';
import { at, group, sticky } from '../sticky';

const CENTURY = `الحادي${S}+و${S}*العشرين|الواحد${S}+و${S}*العشرين|التاسع${S}+عشر|العشرين|الحالي|الماضي|الفايت|المنصرم`;

function centuryStart(words: string | undefined): number | null {
	if (words === undefined) return null;
	if (words.includes('التاسع')) return 1800;
	if (words.includes('الحادي') || words.includes('الواحد') || words === 'الحالي') return 2000;
	return 1900; // العشرين, الماضي, الفائت, المنصرم: texts of this century mean the 20th
}

const RE_DECADE = sticky(
	`${WORD_START}(?:(?:ال)?عقد${S}+(?<dord>${FIRST_TO_TENTH.join('|')}|الاخير)${S}+من${S}+(?:ال)?قرن${S}+(?<cent>${CENTURY})|(?:ال)?(?<tens>${TENS.join('|')})(?:يات|ات)(?:${S}+(?:من${S}+)?(?:ال)?قرن${S}+(?<cent2>${CENTURY}))?)${WORD_END}`
);

export function tryDecade(text: string, pos: number): DateMention | null {
	const m = at(RE_DECADE, text, pos);
	if (!m) return null;
	const ord = group(m, 'dord');
	let decade: number;
	if (ord !== undefined) {
		const i = ord === 'الاخير' ? 9 : FIRST_TO_TENTH.indexOf(ord);
		const c = centuryStart(group(m, 'cent'));
		if (c === null) return null;
		decade = c + i * 10;
	} else {
		const i = TENS.indexOf(group(m, 'tens') ?? '') + 2;
		const c = centuryStart(group(m, 'cent2'));
		decade = (c ?? 0) + i * 10;
	}
	const out = mention(pos, pos + m[0].length, 'decade');
	out.decade = decade;
	return out;
}
