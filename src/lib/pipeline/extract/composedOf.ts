/**
 * "وتتكون قوات حفظ السلام من 2030 عسكريا من روسيا وبيلاروسيا", "ويشارك في المناورات عسكريون من
 * روسيا وكازاخستان", "إرسال وحدات … ضمن القوة المشتركة": a sentence telling what a force or an
 * exercise is made of, or who takes part in it. The members it names send troops to the happening
 * the article reports. Not a part taken before ("وكانت روسيا قد شاركت في مناورات"); the verb
 * stands right before the force or exercise it names, or shortly after it; not the standing force
 * described in general. Folded text; the trigger is the force's or exercise's cue.
 */
import type { CueHit } from './findCues';
import type { Sentence } from './types';

const COMPOSED =
	/(?:^|\s)[وف]?(?:تتالف|تالفت|تتكون|تكونت|تتشكل|تشكلت|تضم|ضمت|تشمل|شملت|يشارك|تشارك|شارك|شاركت|يساهم|تساهم|ساهم|ساهمت)(?:\s+في)?\s+(?:ال)?$/;
/** "وكانت … قد شاركت", "سبق أن شاركت": a part taken before, in another happening. */
const BEFORE =
	/(?:^|\s)(?:[وف]?(?:كان|كانت|كانوا)(?:\s+\S+){0,3}\s+قد|سبق\s+ان|سبق\s+لها\s+ان|سبق\s+له\s+ان)\s+\S+\s*(?:في\s+)?(?:ال)?$/;

/** "إرسال وحدات من جيوشها ضمن القوة المشتركة": troops sent as part of the force. */
const WITHIN_FORCE = /^[^.،,؛]{0,40}?\s(?:ضمن|في\s+اطار)\s+(?:ال)?(?:قوه|قوات)(?![\p{L}])/u;

/**
 * "التدريبات، التي تمتد نحو أسبوعين، تجمع وحدات من …", "المناورات تضم أكثر من 2500 عسكري", "…
 * بمشاركة قوات من روسيا": the verb after the exercise or force it makes up, in its sentence.
 */
const COMPOSED_AFTER =
	/^[^.؛!?؟]{0,60}?(?:^|\s)[وف]?(?:تضم|تجمع|تشمل|يشارك\s+فيها|تشارك\s+فيها|شارك\s+فيها|شاركت\s+فيها|بمشاركه)(?![\p{L}])/u;

/**
 * "وتتكون قوات الرد السريع الجماعية من وحدات من جيوش الدول الأعضاء الست": the standing force by its
 * name, described in general, is not the force this article sends; "قوات الرد السريع التي أرسلت
 * إلى كازاخستان" or "المنتشرة" is.
 */
const STANDING_FORCE = /^[^.،,؛]{0,20}?(?:الرد|الانتشار|للرد)\s+السريع(?![\p{L}])/u;
const THIS_ONE =
	/^[^.،,؛]{0,40}?\s(?:التي|الذي)\s+(?:[تي]م\s+)?(?:ارسلت|ارسل|انتشرت|نشرت|وصلت|دخلت|تنتشر|تعمل|ارسالها|نشرها)|^[^.،,؛]{0,40}?\s(?:المرسله|المنتشره|الموفده|المبعوثه|العامله\s+في|الموجوده\s+في|المشاركه\s+في\s+(?:ال)?(?:عمليه|مهمه|بعثه))(?![\p{L}])/u;

export function composedOf(norm: string, trigger: CueHit): boolean {
	// ("وقد التحقت بها وحدات": «قد» alone stresses the past, it recalls nothing.)
	const before = norm.slice(Math.max(0, trigger.start - 50), trigger.start);
	if (BEFORE.test(before)) return false;
	const from = norm.slice(trigger.start, trigger.end + 60);
	if (STANDING_FORCE.test(from) && !THIS_ONE.test(from)) return false;
	return (
		COMPOSED.test(before) ||
		COMPOSED_AFTER.test(norm.slice(trigger.end, trigger.end + 80)) ||
		// The cue is the verb and its force: "وتضم القوة", "تلحق بها وحدات".
		// ("التحقت": the lexicon's cue starts after its "ال", read as an article.)
		/^(?:تضم|ضمت|تتالف|تالفت|تتكون|تكونت|تتشكل|تشكلت|تشمل|شملت|تلحق|لحقت|تلتحق|تحقت|انضمت|تنضم)\s/.test(
			norm.slice(trigger.start, trigger.end)
		) ||
		WITHIN_FORCE.test(norm.slice(trigger.end, trigger.end + 60))
	);
}

/** What sets a clause against the one before: "بينما", "فيما", "لكن", "، ولم", "، وكانت … قد". */
const CONTRAST =
	/(?:^|\s)[وف]?(?:بينما|فيما|في\s+حين|لكن\S*|غير\s+ان|الا\s+ان|باستثناء)\s|[،,]\s*[وف]?(?:لم|لن|كانت|كان)\s/g;

/**
 * The clause that tells who makes up the force: from the last contrast before the trigger to the
 * first after it ("وتضم القوة وحدات روسية وبيلاروسية، بينما اعتذرت أرمينيا" ends at «بينما»).
 */
export function composingClause(norm: string, s: Sentence, trigger: CueHit): [number, number] {
	let from = s.start;
	let to = s.end;
	for (const m of norm.slice(s.start, s.end).matchAll(CONTRAST)) {
		const at = s.start + m.index;
		if (at < trigger.start) from = at;
		else if (at >= trigger.end) {
			to = at;
			break;
		}
	}
	return [from, to];
}
