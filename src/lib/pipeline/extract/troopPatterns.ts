/**
 * Troops moving, told in patterns the lexicon's fixed phrases cannot hold.
 *
 * "أرسلت المنظمة قوات إلى …", "نشرت موسكو نحو ألفي جندي", "دفعت روسيا بمظليين": a verb of sending
 * with its subject between it and the troops it sent. The lexicon's cues are fixed phrases
 * ("إرسال قوات"), so the verb's own sentence needs a pattern: the verb in the past (a future
 * "سترسل" is a plan, and modality reads "لم ترسل"), then up to six words of subject, time or
 * count, then the troops. Folded text (normalize.ts).
 */
import type { CueHit } from './findCues';

/** Sending, in the past or the passive: ارسل(ت), نشر(ت), دفع(ت) ب…, اوفد(ت), plus و/ف. */
const VERB = '(?:ارسل|نشر|دفع|اوفد)(?:ت|تا|وا)?';
/** What one word between may not be: a publication, a message or a visit ("نشرت صورا لجنود"). */
const NOT_TROOPS_OBJECT =
	'(?:صور|صورا|مقطع|مقطعا|فيديو|لقطات|بيان|بيانا|تقرير|تقريرا|خبر|خبرا|رساله|رسايل|وفد|وفدا|قايمه|خريطه|تغريده|منشور|منشورا|اعلان|اعلانا|تفاصيل|ارقام|عدد|اسماء|مقال|مقالا|مراقبين|خبراء|خبيرا)';
/** A word that is neither punctuation nor such an object. */
const BETWEEN = `(?:(?!${NOT_TROOPS_OBJECT}(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}-]+\\s+)`;
const TROOPS =
	'(?:ب|ال)?(?:قوات|قوه|جنود|جندي|جنديا|وحدات|مظليين|مظليون|عسكريين|تعزيزات|كتيبه|كتايب|فرقه)(?![\\p{L}\\p{N}])';

const SENT = new RegExp(
	`(?<![\\p{L}\\p{N}])[وف]?(${VERB})(?![\\p{L}\\p{N}])\\s+${BETWEEN}{0,6}(${TROOPS})`,
	'gu'
);

/**
 * "آخر أربع طائرات تقل …", "آخر دفعة من الجنود": the last of the force leaving, with a count
 * between «آخر» and the planes (the lexicon holds "آخر طائرة", "آخر الطائرات").
 */
const LAST_OF =
	/(?<![\p{L}\p{N}])[وف]?اخر\s+(?:\S+\s+){1,2}?(?:طايرات|طايرتين|دفعات|دفعتين|قوافل|رتل|وحدات)(?![\p{L}\p{N}])/gu;

/**
 * Each sending verb with its troops after it, as a troops cue from the verb to the noun, and
 * each counted last of the force, as a withdrawal cue.
 */
export function troopPatterns(norm: string): CueHit[] {
	const hits: CueHit[] = [];
	SENT.lastIndex = 0;
	for (let m = SENT.exec(norm); m !== null; m = SENT.exec(norm)) {
		const start = m.index + m[0].indexOf(m[1]!);
		hits.push({ kind: 'troops', start, end: m.index + m[0].length });
	}
	LAST_OF.lastIndex = 0;
	for (let m = LAST_OF.exec(norm); m !== null; m = LAST_OF.exec(norm)) {
		const start = m.index + (m[0].length - m[0].trimStart().length);
		hits.push({ kind: 'withdrawal', start, end: m.index + m[0].length });
	}
	return hits;
}
