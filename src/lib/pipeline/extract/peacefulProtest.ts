/**
 * "وتجمع مئات المحتجين في وسط العاصمة مطالبين بانسحاب بلادهم من المنظمة": a protest is unrest, a
 * kind of clash, only when the sentence tells of violence (the dead, the wounded, clashes, riots,
 * storming, shooting, fires, a state of emergency); a gathering of protesters is none. Normalised
 * text; the cue is an unrest cue.
 */
import type { CueHit } from './findCues';
import type { Sentence } from './types';

/** The protest words among the unrest cues (riots, violence, an uprising are violent themselves). */
const PROTEST = /^[وفبل]?(?:ال)?(?:احتجاج|تظاهر|مظاهر|متظاهر|محتج)/;

const VIOLENCE =
	/(?<![\p{L}])[وفبل]?(?:ال)?(?:قتل|قتلي|قتيل|مقتل|مسلح|ارهاب|تخريب|مخرب|جرحي|جريح|اصاب|مصاب|اشتباك|مواجه|عنف|عنيف|شغب|اقتحا?م|قمع|حرق|احرق|نهب|طواري|رصاص|مسيل|هجم|هاجم|دام|دامي)/u;

export function peacefulProtest(norm: string, s: Sentence, cue: CueHit): boolean {
	return (
		cue.kind === 'unrest' &&
		PROTEST.test(norm.slice(cue.start, cue.end)) &&
		!VIOLENCE.test(norm.slice(s.start, s.end))
	);
}
