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

/** Word stems of violence; "مسلحون" not "القوات المسلحة", "مواجهات" not "في مواجهة سياسات". */
const VIOLENCE =
	/(?<![\p{L}])[وفبل]?(?:ال)?(?:قتل|قتلي|قتيل|مقتل|ضحايا|جرح|جرحي|جريح|اصاب|مصاب|مسلحون|مسلحين|ارهاب|تخريب|مخرب|اشتباك|مواجهات|عنف|عنيف|شغب|اقتحا?م|قمع|حرق|احرق|اضرم|نهب|طواري|رصاص|مسيل|هجم|هاجم|دامي|داميه|اطلق\S*(?:\s+\S+){0,3}?\s+النار|اطلاق\s+النار)/u;

export function peacefulProtest(norm: string, s: Sentence, cue: CueHit): boolean {
	return (
		cue.kind === 'unrest' &&
		PROTEST.test(norm.slice(cue.start, cue.end)) &&
		!VIOLENCE.test(norm.slice(s.start, s.end))
	);
}
