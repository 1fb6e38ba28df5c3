/**
 * Troops moving, told in patterns the lexicon's fixed phrases cannot hold. Folded text
 * (normalize.ts).
 *
 * "أرسلت المنظمة قوات إلى …", "نشرت موسكو نحو ألفي جندي", "دفعت روسيا بمظليين", "نشرت المنظمة
 * المئات من جنودها": a verb of sending in the past (a future "سترسل" is a plan; modality reads "لم
 * ترسل") with the troops as its object, up to six words of subject, time or count between. Not
 * when the verb already has another object ("نشرت المنظمة صورة … مع الجنود", "دفعت ثمن ثقتها …
 * من دماء الجنود", "أرسلت أمينها العام للقاء الجنود") and the troops stand in a phrase of their own.
 */
import type { CueHit } from './findCues';

/** Sending, in the past or the passive: ارسل(ت), نشر(ت), دفع(ت) ب…, اوفد(ت), plus و/ف. */
const VERB = '(?:ارسل|نشر|دفع|اوفد)(?:ت|تا|وا)?';
const TROOPS =
	'(?:ب|ال)?(?:قوات|قوه|جنود|جندي|جنديا|وحدات|مظليين|مظليون|عسكريين|عسكري|عسكريا|عنصر|عناصر|تعزيزات|كتيبه|كتايب|فرقه)(?:ها|ه|هم)?(?![\\p{L}\\p{N}])';
const SENT = new RegExp(
	`(?<![\\p{L}\\p{N}])[وف]?(${VERB})(?![\\p{L}\\p{N}])((?:\\s+[\\p{L}\\p{N}-]+){0,6}?)\\s+(${TROOPS})`,
	'gu'
);

/** The verb's own object, any suffix: a publication, a message, an envoy, a price. */
const OTHER_OBJECT =
	/^[وبل]?(?:ال)?(?:صور|مقطع|فيديو|لقطات|بيان|تقرير|خبر|رسال|رسايل|وفد|قايم|خريط|تغريد|منشور|اعلان|تفاصيل|ارقام|اسماء|مقال|مراقب|خبراء|خبير|امين|مبعوث|ممثل|ثمن|دماء|جثث|جثامين|رفات|تعازي|تحيه|برقي)/;
/** A preposition, or a word with «ل» before it ("للقاء"): the troops are in a phrase of their own. */
const GOVERNS = /^(?:مع|حول|عن|علي|الي|في|لدي|بين|ضد|بشان|تجاه|ازاء|دون|عند|لل\S+|ل\S+)$/;
/** "المئات من جنودها", "نحو ألفين من الجنود": «من» after a count is partitive. */
const COUNT = /^(?:[\d٠-٩]+|(?:ال)?(?:ميات|الاف|عشرات)|عددا|عدد|ميه|الف|الفا|الفين|الفي|بضع|بضعه)$/;

function objectOfVerb(between: string[]): boolean {
	if (between.some((w) => OTHER_OBJECT.test(w))) return false;
	const last = between.at(-1);
	if (last === undefined) return true;
	if (last === 'من') return COUNT.test(between.at(-2) ?? '');
	return !GOVERNS.test(last);
}

/**
 * "آخر أربع طائرات تقل …", "آخر دفعة من الجنود": the last of the force, counted (the lexicon
 * holds "آخر طائرة", "آخر الطائرات"), leaving only when its sentence says so ("غادرت", "عادت",
 * "عودتها", "خارج الأراضي"): the last planes of an arrival land too.
 */
const LAST_OF =
	/(?<![\p{L}\p{N}])[وف]?اخر\s+(?:\S+\s+){0,2}?(?:طايرات|طايرتين|دفعات|دفعتين|قوافل|رتل|وحدات)(?![\p{L}\p{N}])/gu;
const LEAVING =
	/(?:^|\s)[وفب]?(?:ال)?(?:غادر\S*|مغادره|اقلع\S*|انسحب\S*|انسحاب\S*|عاد|عادت|عوده\S*|عودت\S*|عايد\S*|خارج|اعاده|تطوي|طويت|لتطوي|انتهاء|انتهت)(?![\p{L}])/u;
/** The sentence around an index: between the stops before and after it. */
function sentenceAt(norm: string, at: number): string {
	const from = Math.max(norm.lastIndexOf('.', at), norm.lastIndexOf('\n', at)) + 1;
	const stops = [norm.indexOf('.', at), norm.indexOf('\n', at)].filter((i) => i >= 0);
	return norm.slice(from, stops.length > 0 ? Math.min(...stops) : norm.length);
}

/**
 * Each sending verb with its troops as object, a troops cue from the verb to the noun, and each
 * counted last of the force leaving, a withdrawal cue.
 */
export function troopPatterns(norm: string): CueHit[] {
	const hits: CueHit[] = [];
	SENT.lastIndex = 0;
	for (let m = SENT.exec(norm); m !== null; m = SENT.exec(norm)) {
		const between = m[2]!.split(/\s+/).filter((w) => w !== '');
		if (!objectOfVerb(between)) continue;
		const start = m.index + m[0].indexOf(m[1]!);
		hits.push({ kind: 'troops', start, end: m.index + m[0].length });
	}
	LAST_OF.lastIndex = 0;
	for (let m = LAST_OF.exec(norm); m !== null; m = LAST_OF.exec(norm)) {
		const start = m.index + (m[0].length - m[0].trimStart().length);
		if (LEAVING.test(sentenceAt(norm, start)))
			hits.push({ kind: 'withdrawal', start, end: m.index + m[0].length });
	}
	return hits;
}
