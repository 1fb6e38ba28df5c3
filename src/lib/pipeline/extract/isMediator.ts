/**
 * "وقف لإطلاق النار بوساطة روسية", "برعاية موسكو", "الوسيط الروسي", "وتوسطت روسيا": the country that
 * brokers a truce or hosts talks between the parties is not one of them. Normalised text; the
 * entity's country words right after the mediating word.
 */
import type { EntityHit } from './types';

const MEDIATING =
	/(?:^|\s)[وف]?(?:(?:ب|تحت\s+)?(?:وساطه|رعايه)(?:\s+من)?|(?:ال)?(?:وسيط|وسطاء)|[تي]?توسط(?:ت)?)\s*$/;

export function isMediator(norm: string, e: EntityHit): boolean {
	return MEDIATING.test(norm.slice(Math.max(0, e.start - 24), e.start));
}

/** Reaching or sponsoring an agreement, right before the truce it names. */
const REACHED =
	/^(?:\s+\S+){0,3}?\s+(?:[تي]?مكن\S*\s+من\s+|نجح\S*\s+في\s+)?(?:التوصل|توصل\S*|ابرام|رعايه|رعي|رعت)\s+(?:الي\s+)?(?:اتفاق\S*|هدنه)(?:\s+\S+){0,2}?\s+(?:ل|علي\s+)?(?:ال)?(?:وقف|هدنه)/;

/**
 * "الجانب الروسي تمكن من التوصل إلى اتفاق على وقف إطلاق النار": a lone country reaching a truce
 * agreement, with no other side named, brokered it (an agreement takes two). The entity and the
 * trigger it reaches; with a second country named, the two reached it and are its parties.
 */
export function brokeredAlone(norm: string, e: EntityHit, triggerStart: number): boolean {
	return e.end <= triggerStart && REACHED.test(norm.slice(e.end, triggerStart + 1));
}
