/**
 * Where a happening took place: one place per event, from the trigger's own clause. A place
 * counts when it is named as a location — right after the trigger ("قمة موسكو"), or after a
 * locative word ("في", "بـ", "قرب", "العاصمة", "ميدان") — never as a time zone ("بتوقيت موسكو"),
 * an actor standing for its government ("يريفان لم تشارك", "التحالف الذي تقوده موسكو") or an
 * office's seat ("وزارة الدفاع في يريفان").
 */
import { clauseAround } from './clause';
import type { CueHit } from './findCues';
import type { EntityHit, Sentence } from './types';

const LOCATIVE =
	/(?:^|[\s«(])(?:[وف]?(?:في|بال\S+|قرب|قرابه|بالقرب من|من|الي|داخل|علي اراضي|اراضي|ارض|حدود|مدينه|مدينتي|العاصمه|عاصمتها|بالعاصمه|ميدان|مركز|منطقه|اقليم|ولايه|مقاطعه|محيط|جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي))\s*(?:\S+\s+){0,2}$/;
const NOT_A_PLACE = /(?:بتوقيت|توقيت|تقوده|تقودها|وزاره\s+\S+\s+في|سفاره|سفير)\s*(?:\S+\s+){0,1}$/;

export function isLocation(norm: string, e: EntityHit, trigger?: CueHit): boolean {
	const before = norm.slice(Math.max(0, e.start - 30), e.start);
	if (NOT_A_PLACE.test(before)) return false;
	if (trigger && e.start >= trigger.end && e.start - trigger.end <= 4) return true;
	// "بموسكو", "وبيريفان": the preposition is part of the word.
	if (/(?:^|\s)[وف]?ب$/.test(before)) return true;
	const words = before.split(/\s+/).slice(-3).join(' ');
	return LOCATIVE.test(' ' + words);
}

export function pickPlace(
	norm: string,
	s: Sentence,
	trigger: CueHit,
	countries?: string[]
): EntityHit | undefined {
	const clause = clauseAround(norm, s, trigger);
	const fits = (e: EntityHit) =>
		e.kind === 'place' &&
		(!countries || (e.country !== null && countries.includes(e.country))) &&
		isLocation(norm, e, trigger);
	const inClause = s.entities.filter(
		(e) => e.start >= clause.start && e.end <= clause.end && fits(e)
	);
	if (inClause.length > 0) {
		const after = inClause.find((e) => e.start >= trigger.end);
		return after ?? inClause.at(-1);
	}
	return s.entities.find(fits);
}
