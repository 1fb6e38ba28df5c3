/**
 * "وقف لإطلاق النار بوساطة روسية", "برعاية موسكو", "الوسيط الروسي", "وتوسطت روسيا", "ورعت روسيا
 * اتفاقا", "بوساطة من وزير الدفاع الروسي": the country that
 * brokers a truce or hosts talks between the parties is not one of them. Normalised text; the
 * entity's country words right after the mediating word.
 */
import type { EntityHit } from './types';

const MEDIATING =
	/(?:^|\s)[وف]?(?:(?:ب|تحت\s+)?(?:وساطه|رعايه)(?:\s+من)?|(?:ال)?(?:وسيط|وسطاء)|[تي]?توسط(?:ت)?|رعت|رعي|[تي]رعي|رعتها|رعاها|[تي]رعاها)\s*$/;
/** "بوساطة من وزير الدفاع الروسي": the mediator's officer, his nation's adjective after his office. */
const MEDIATING_OFFICER =
	/(?:^|\s)(?:ب|تحت\s+)?(?:وساطه|رعايه)(?:\s+من)?\s+(?:ال)?(?:وزير|رييس|وزاره|الرييس)(?:\s+(?:ال)?\S+){0,2}\s*$/;

export function isMediator(norm: string, e: EntityHit): boolean {
	const before = norm.slice(Math.max(0, e.start - 40), e.start);
	return (
		MEDIATING.test(before.slice(-24)) || (e.kind === 'adjective' && MEDIATING_OFFICER.test(before))
	);
}

/** Brokering an agreement, right before the truce it names: managing or sponsoring it, not announcing it. */
const REACHED =
	/^(?:\s+\S+){0,3}?\s+(?:(?:[تي]?مكن\S*\s+من|نجح\S*\s+في)\s+(?:التوصل|ابرام)|رعايه|رعي|رعت)\s+(?:الي\s+)?(?:اتفاق\S*|هدنه)(?:\s+\S+){0,2}?\s+(?:ل|علي\s+)?(?:ال)?(?:وقف|هدنه)[^.،,؛]{0,3}$/;

/**
 * "الجانب الروسي تمكن من التوصل إلى اتفاق على وقف إطلاق النار": a lone country that managed or
 * sponsored a truce, with no other side named, brokered it (an agreement takes two). Not "أعلنت
 * أرمينيا التوصل إلى اتفاق": a side announcing it. The entity and the trigger it reaches.
 */
export function brokeredAlone(norm: string, e: EntityHit, triggerStart: number): boolean {
	return e.end <= triggerStart && REACHED.test(norm.slice(e.end, triggerStart + 1));
}
