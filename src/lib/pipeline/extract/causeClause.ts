/**
 * "وصلت طلائع القوة إلى كازاخستان صباح الخميس 6 يناير، بعد أيام من الاحتجاجات التي اندلعت يوم
 * الأحد 2 يناير في جاناوزن": what the happening followed or answered is told after it, in a clause
 * opened by «بعد أن», «بعد أيام من», «إثر», «عقب», «بسبب», «لمواجهة» …. Its days and places are the
 * cause's, not the happening's: they neither open its span nor place it («بعد أن بدأت» tells the
 * happening's own start). Folded text.
 */
import type { CueHit } from './findCues';
import type { Sentence } from './types';

const CAUSE =
	/(?:^|[\s،,])[وف]?(?:(?:بعد\s+ان|بعدما)(?!\s+(?:بدات|بدا|انطلقت|انطلق|اندلعت|اندلع|تجددت)(?![\p{L}]))|(?:اثر|عقب|في\s+اعقاب|بسبب|علي\s+خلفيه|ردا\s+علي|لمواجهه)(?![\p{L}])|بعد\s+(?:\S+\s+){0,2}?من\s+(?!اجل))/u;

/** Where, after the trigger, a clause about the happening's cause opens; else the sentence's end. */
export function causeClauseStart(norm: string, s: Sentence, trigger: CueHit): number {
	if (trigger.end >= s.end) return s.end;
	const m = CAUSE.exec(norm.slice(trigger.end, s.end));
	return m ? trigger.end + m.index : s.end;
}
