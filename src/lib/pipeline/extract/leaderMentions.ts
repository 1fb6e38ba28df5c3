/**
 * Mentions that can stand for a country's delegation at a meeting: a head of state, government or
 * ministry by name, or a country named with an office ("رئيس قيرغيزستان", "الرئيس الكازاخستاني",
 * "ممثل أرمينيا"). A country named alone ("في مينسك، بيلاروسيا", "العاصمة البيلاروسية") is a
 * place, not a delegation, and a spokesperson speaks about a meeting rather than attending it.
 */
import { isWhiteSpace } from '../text/isWhiteSpace';
import { fold } from '../text/normalize';
import type { EntityHit } from './types';

const DELEGATE_ROLES = new Set([
	'president',
	'prime-minister',
	'head-of-government',
	'chair-of-cabinet',
	'foreign-minister',
	'defence-minister',
	'security-council-secretary',
	'leader',
	'vice-president',
	'deputy-prime-minister'
]);

const OFFICES = [
	'رئيس',
	'الرئيس',
	'رؤساء',
	'الرؤساء',
	'الرئيسان',
	'الرئيسين',
	'رئيسا',
	'رئيسي',
	'زعيم',
	'زعماء',
	'قادة',
	'قائد',
	'ممثل',
	'ممثلو',
	'ممثلي',
	'ممثلا',
	'وفد',
	'وفود',
	'وزير',
	'الوزير',
	'الوزراء',
	'وزيرا',
	'وزيري',
	'وزراء',
	'وزارتي',
	'وزارة',
	'مندوب',
	'سفير',
	'نظيره',
	'نظيريه',
	'نظرائه',
	'نظراؤه',
	'نظرائهم',
	'نظراؤهم',
	'نظيرهم',
	'أمين',
	'أمناء'
].map(fold);

const OFFICE_RE = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${OFFICES.join('|')})(?![\\p{L}])`, 'gu');

const OFFICE_WORD = new RegExp(`^[وفبل]?(?:${OFFICES.join('|')})$`, 'u');

/** One word that is an office: "الرئيس", "ورئيس", "وزراء". */
export const isOfficeWord = (word: string): boolean => OFFICE_WORD.test(word);

/** What separates the words counted before a mention: white space and dashes. */
const isSeparator = (c: number) => isWhiteSpace(c) || c === 0x2d || c === 0x2013;

/** True when an office word stands within the few words before the mention. */
function hasOfficeBefore(norm: string, hit: EntityHit): boolean {
	// The last five words of the 60 characters before the mention, read in place (no split).
	const from = Math.max(0, hit.start - 60);
	let start = hit.start;
	for (let words = 0, i = hit.start; words < 5;) {
		while (i > from && isSeparator(norm.charCodeAt(i - 1))) i--;
		if (i === from) break;
		while (i > from && !isSeparator(norm.charCodeAt(i - 1))) i--;
		start = i;
		words++;
	}
	const tail = norm.slice(start, hit.start);
	// The office nearest the name: "الرئيس الروسي بوتين، ورؤساء بيلاروسيا" names Belarus's.
	let office = -1;
	let word = '';
	OFFICE_RE.lastIndex = 0;
	for (let m = OFFICE_RE.exec(tail); m !== null; m = OFFICE_RE.exec(tail)) {
		office = m.index;
		word = m[0];
	}
	// A comma or a full stop between office and name breaks the link ("الرئيس، بيلاروسيا"); so
	// does a force the name qualifies after a ministry ("اتهمت وزارة الدفاع الأرمنية القوات
	// الأذربيجانية"), not after a person's title ("قائد القوات الروسية" is Russia's officer).
	return (
		office !== -1 &&
		!/[،,.:؛]/.test(tail.slice(office + 1)) &&
		!(MINISTRY.test(word) && FORCE_BETWEEN.test(tail.slice(office + 1)))
	);
}

const MINISTRY = /^[وفبل]?(?:وزاره|وزارتي)$/;
/** A force between an office and a name: the name is the force's ("القوات الأذربيجانية"). */
const FORCE_BETWEEN =
	/(?:^|\s)[وفبل]?(?:ال)?(?:قوات|قوه|جيش|جيوش|وحدات|جنود|مدفعيه|طايرات|مسيرات)\s+\S{0,3}$/;

export function isDelegate(norm: string, hit: EntityHit): boolean {
	if (hit.country === null) return false;
	if (hit.kind === 'person') return hit.role !== undefined && DELEGATE_ROLES.has(hit.role);
	if (hit.kind === 'country' || hit.kind === 'adjective') return hasOfficeBefore(norm, hit);
	return false;
}

/**
 * A country named with an office refers to that country's official, not to the country as a place.
 * Not a country's name after an office another nation's adjective already owns ("اتهمت وزارة
 * الدفاع الأرمنية أذربيجان بقصف": Azerbaijan is the accused, the ministry Armenia's).
 */
export function isOfficeMention(
	norm: string,
	hit: EntityHit,
	entities: readonly EntityHit[] = []
): boolean {
	if (hit.kind !== 'country' && hit.kind !== 'adjective') return false;
	if (hit.kind === 'country' && ownedByAnother(norm, hit, entities)) return false;
	return hasOfficeBefore(norm, hit);
}

function ownedByAnother(norm: string, hit: EntityHit, entities: readonly EntityHit[]): boolean {
	return entities.some(
		(e) =>
			e.kind === 'adjective' &&
			e.country !== null &&
			e.country !== hit.country &&
			e.end <= hit.start &&
			/^\s+$/.test(norm.slice(e.end, hit.start))
	);
}
