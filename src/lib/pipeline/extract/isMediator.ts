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
