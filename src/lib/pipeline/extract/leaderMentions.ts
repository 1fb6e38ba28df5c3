/**
 * Mentions that can stand for a country's delegation at a meeting: a head of state, government or
 * ministry by name, or a country named with an office ("رئيس قيرغيزستان", "الرئيس الكازاخستاني",
 * "ممثل أرمينيا"). A country named alone ("في مينسك، بيلاروسيا", "العاصمة البيلاروسية") is a
 * place, not a delegation, and a spokesperson speaks about a meeting rather than attending it.
 */
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
	'أمين',
	'أمناء'
].map(fold);

const OFFICE_RE = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${OFFICES.join('|')})(?![\\p{L}])`, 'u');

/** True when an office word stands within the few words before the mention. */
function hasOfficeBefore(norm: string, hit: EntityHit): boolean {
	const before = norm.slice(Math.max(0, hit.start - 60), hit.start);
	const words = before
		.split(/[\s\-–]+/)
		.filter(Boolean)
		.slice(-5);
	// A comma or a full stop between office and name breaks the link ("الرئيس، بيلاروسيا").
	const tail = words.join(' ');
	if (/[،,.:؛]/.test(tail.slice(tail.search(OFFICE_RE) + 1))) return false;
	return OFFICE_RE.test(tail);
}

export function isDelegate(norm: string, hit: EntityHit): boolean {
	if (hit.country === null) return false;
	if (hit.kind === 'person') return hit.role !== undefined && DELEGATE_ROLES.has(hit.role);
	if (hit.kind === 'country' || hit.kind === 'adjective') return hasOfficeBefore(norm, hit);
	return false;
}

/** A country named with an office refers to that country's official, not to the country as a place. */
export function isOfficeMention(norm: string, hit: EntityHit): boolean {
	return (hit.kind === 'country' || hit.kind === 'adjective') && hasOfficeBefore(norm, hit);
}
