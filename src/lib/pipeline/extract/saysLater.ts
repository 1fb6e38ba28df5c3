/**
 * "الأسبوع المقبل", "الشهر القادم", "غداً", "بعد غد": a date that says it is still to come, in its
 * own words. A happening so dated is announced, whatever tense its verb is in ("يستعد الوزراء
 * لعقد اجتماعهم الأسبوع المقبل"). Normalised text of the date.
 */
import { COMING_WORDS } from '../dates/patterns';
import type { DateHit } from './types';

const LATER = new RegExp(
	`(?:^|\\s)(?:${COMING_WORDS.map((w) => `${w}ه?`).join('|')}|[وف]?(?:غدا|غد|الغد))(?=\\s|$)`,
	'u'
);

export function saysLater(norm: string, d: DateHit): boolean {
	return LATER.test(norm.slice(d.start, d.end));
}
