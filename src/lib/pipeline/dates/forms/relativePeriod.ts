/**
 * Periods named relative to the text: 'relative-week' | 'relative-month' | 'relative-year'
 * "هذا الأسبوع", "الشهر الماضي", "العام الجاري", and a bare "العام" / "الشهر" after a qualifier.
 */
import { mention, type DateForm, type DateMention, type Relative } from '../dateMention';
import { YEAR_MODS, modKind } from '../dateWords';
import { L, S, WORD_END, WORD_START, alternation } from '../patterns';
import { at, group, sticky } from '../sticky';

/**
 * "العام" is also the adjective "general": "الأمين العام الحالي" is the current secretary-general,
 * not this year. After these heads "العام <modifier>" is not read as a year.
 */
const GENERAL_HEADS = alternation([
	'الامين',
	'المدعي',
	'النائب',
	'المدير',
	'المفتش',
	'المنسق',
	'القائد',
	'المراقب',
	'المستشار',
	'المفوض',
	'المحامي',
	'الحاكم',
	'القنصل',
	'السكرتير',
	'الراي',
	'القطاع',
	'الامن',
	'النظام',
	'الشان',
	'الصالح',
	'المال',
	'الادعاء',
	'التعليم',
	'الاضراب',
	'العفو',
	'المؤتمر',
	'الموتمر',
	'الاتجاه',
	'الطابع',
	'الاطار',
	'المناخ',
	'الوضع',
	'الخط',
	'الاستفتاء',
	'الموظف',
	'الحشد',
	'التعبئه',
	'الاستنفار'
]);

const RE_UNIT = sticky(
	`${WORD_START}(?:(?<this>هذا|هذه)${S}+(?<u1>الاسبوع|الشهر|العام|السنه)|(?<u2>الاسبوع|الشهر|العام|السنه)${S}+(?<mod>${YEAR_MODS}))${WORD_END}`
);
const RE_GENERAL_HEAD = sticky(`(?<=(?<![${L}])[وفبل]?(?:${GENERAL_HEADS})${S}+)`);

const RE_BARE_PERIOD = sticky(
	`${WORD_START}(?<u>العام|السنه|الشهر|الاسبوع)(?!${S}+ال|${S}*\\d)${WORD_END}`
);

/** The Relative and form of "<unit> <modifier>", the unit folded (الاسبوع, الشهر, العام, السنه). */
export function unitRelative(
	unit: string,
	kind: 'past' | 'current' | 'coming'
): [Relative, DateForm] {
	const i = kind === 'past' ? 0 : kind === 'current' ? 1 : 2;
	if (unit === 'الاسبوع')
		return [(['lastWeek', 'thisWeek', 'nextWeek'] as const)[i], 'relative-week'];
	if (unit === 'الشهر')
		return [(['lastMonth', 'thisMonth', 'nextMonth'] as const)[i], 'relative-month'];
	return [(['lastYear', 'thisYear', 'nextYear'] as const)[i], 'relative-year'];
}

export function tryUnit(text: string, pos: number): DateMention | null {
	const m = at(RE_UNIT, text, pos);
	if (!m) return null;
	const unit = group(m, 'u1') ?? group(m, 'u2') ?? '';
	const mod = group(m, 'mod');
	if (mod !== undefined && unit === 'العام' && at(RE_GENERAL_HEAD, text, pos)) return null;
	const [relative, form] = unitRelative(unit, mod === undefined ? 'current' : modKind(mod));
	const out = mention(pos, pos + m[0].length, form);
	out.relative = relative;
	return out;
}

export function tryBarePeriod(text: string, pos: number): DateMention | null {
	const m = at(RE_BARE_PERIOD, text, pos);
	if (!m) return null;
	const [relative, form] = unitRelative(group(m, 'u') ?? '', 'current');
	const out = mention(pos, pos + m[0].length, form);
	out.relative = relative;
	return out;
}
