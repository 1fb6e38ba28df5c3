/**
 * "وصلت طلائع القوة إلى كازاخستان صباح الخميس 6 يناير، بعد أيام من الاحتجاجات التي اندلعت يوم
 * الأحد 2 يناير في جاناوزن": what the happening followed or answered is told after it, in a clause
 * opened by «بعد أن», «بعد أيام من», «إثر», «عقب», «بسبب», «لمواجهة» …, up to the next «، و» clause.
 * Its days and places are the cause's, not the happening's: they neither open its span nor place it.
 * Not the happening's own steps: «بعد أن بدأت» tells its start, «بعد أن أنجزت مهمتها» its end,
 * «بعد ستة أيام من المناورات» its course.
 * Folded text.
 */
import type { Span } from './clause';
import type { CueHit } from './findCues';
import type { Sentence } from './types';

const OWN_STEP = '(?:بدات|بدا|انطلقت|انطلق|اندلعت|اندلع|تجددت|انهت|انجزت|اتمت|اكملت|سلمت)';
/**
 * "بعد ستة أيام من المناورات التي انطلقت في الأول من الشهر": the happening's own course, counted
 * from its start, not what it followed.
 */
const OWN_COURSE = '(?:ال)?(?:مناورات|تدريبات|تمارين|تمرين|مهمه|مهمتها|العمليه|عمليه)(?![\\p{L}])';
const CAUSE = new RegExp(
	`(?:^|[\\s،,])[وف]?(?:(?:بعد\\s+ان|بعدما)(?!\\s+${OWN_STEP}(?![\\p{L}]))|(?:اثر|عقب|في\\s+اعقاب|بسبب|علي\\s+خلفيه|ردا\\s+علي|لمواجهه)(?![\\p{L}])|بعد\\s+(?:\\S+\\s+){0,2}?من\\s+(?!اجل|${OWN_COURSE}))`,
	'u'
);
/**
 * "، وتمركزت القوات في ألماتي": a clause of its own after the cause, the happening's again; not one
 * that goes on with the cause ("إثر احتجاجات اندلعت يوم 2 يناير، وتحولت إلى أعمال عنف يوم 5").
 */
const NEXT_CLAUSE =
	/[،,]\s*[وف](?!(?:تحولت|تحول|امتدت|امتد|اتسعت|توسعت|تصاعدت|تطورت|تفاقمت|ادت|اسفرت)(?![\p{L}]))(?=\p{L}{3,})/u;

/** The clause about the happening's cause after its trigger, or null. */
export function causeClause(norm: string, s: Sentence, trigger: CueHit): Span | null {
	if (trigger.end >= s.end) return null;
	const m = CAUSE.exec(norm.slice(trigger.end, s.end));
	if (!m) return null;
	const start = trigger.end + m.index;
	const next = NEXT_CLAUSE.exec(norm.slice(start + m[0].length, s.end));
	return { start, end: next ? start + m[0].length + next.index : s.end };
}
