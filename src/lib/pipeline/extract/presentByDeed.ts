/**
 * Being at a meeting told by what a delegate did there, with no verb of attending: "قال بوتين في
 * كلمته أمام القمة", "ألقى توكاييف كلمة في القمة", "التقى بوتين نظيره الطاجيكي على هامش القمة"
 * (both sides of the talks), "استضاف بوتين القمة". Folded text.
 */
import { MEMBERS } from '../../model/members';
import { CLAUSE_BREAK, clauseOpening } from './clauseOpening';
import type { CueHit } from './findCues';
import type { EntityHit, Sentence } from './types';

const MEETING = new Set<CueHit['kind']>(['summit', 'ministerial', 'meeting']);

/**
 * "في كلمته أمام", "في كلمة ألقاها خلال", "ألقى بوتين كلمة في أعمال" right before the meeting's
 * noun: a speech in it, told given (not "سيلقي كلمة", "في كلمته المرتقبة").
 */
const SPOKE_AT =
	/(?:(?:^|\s)[وف]?(?:في|خلال)\s+(?:كلمته|كلمتها|خطابه|خطابها|(?:كلمه|خطاب)\s+(?:له|لها|القاها|القاه))(?:\s+(?:القاها|القاه|الافتتاحيه))?|(?:^|\s)[وف]?(?:القي|القت)\s+(?:\S+\s+){0,5}?(?:كلمه|خطابا|كلمته|كلمتها|خطابه))\s+(?:امام|في|خلال)\s+(?:اعمال\s+|جلسات\s+)?(?:ال)?$/;

/**
 * "وقال بوتين أمام القمة", "وتحدث توكاييف أمام القمة", "قال الرئيس الروسي فلاديمير بوتين، متحدثا
 * أمام القمة": a speech verb, its
 * speaker (captured span: up to four words) and «أمام/خلال» right before the meeting's noun.
 */
const SAID_BEFORE =
	/(?:^|\s)[وف]?(?:(?:قال|قالت|اكد|اكدت|شدد|شددت|اعلن|اعلنت|تحدث|تحدثت|اوضح|اوضحت|حذر|حذرت|دعا|دعت)((?:\s+[^\s،,]+){1,4}?)[،,]?\s+(?:متحدثا\s+|متحدثه\s+)?|متحدثا\s+|متحدثه\s+)(?:امام|خلال)\s+(?:اعمال\s+|جلسات\s+)?(?:ال)?$/;

/**
 * "استضاف الرئيس الروسي فلاديمير بوتين اليوم في الكرملين قمة قادة المنظمة": a leader who hosted
 * the meeting (told done) was at it. The verb and up to ten words before the meeting's noun.
 */
const HOSTED = /(?:^|\s)[وف]?(?:استضاف|استضافت)((?:\s+[^\s.؛]+){1,10}?)\s+(?:ال)?$/;

/**
 * Signing the meeting's documents, or refusing to: "رفض باشينيان التوقيع على إعلان قمة يريفان",
 * "وفي قمة يريفان، رفض باشينيان توقيع الإعلان الختامي", "وقّع توكاييف على البيان الختامي للقمة".
 * The verb, then what is signed.
 */
const SIGN =
	/(?:^|\s)[وف]?(?:رفض|رفضت|امتنع\s+عن|امتنعت\s+عن|وقع|وقعت)(?![\p{L}])((?:\s+[^\s،,.؛]+){0,6}?)\s+(?:(?:ال)?توقيع\s+(?:علي\s+)?|علي\s+)?(?:ال)?(?:اعلان|بيان|وثيقه|وثايق)(?![\p{L}])/u;
/** The document right before the meeting's noun: "إعلان قمة", "البيان الختامي لقمة". */
const DOCUMENT_BEFORE =
	/(?:^|\s)(?:ال)?(?:اعلان|بيان|وثيقه|وثايق)(?:\s+(?:ال)?ختامي\S*)?\s+(?:ل|ال|لل)?$/;
/** "وفي قمة يريفان، …", "خلال القمة": the meeting as the scene of what the sentence tells next. */
const AT_MEETING = /(?:^|\s)[وف]?(?:في|خلال)\s+(?:اعمال\s+)?(?:ال)?$/;

/** "على هامش القمة", "على هامش أعمال الاجتماع". */
const SIDELINES = /(?:^|\s)[وف]?علي\s+هامش\s+(?:اعمال\s+)?(?:ال)?$/;
/** Talks told held: "التقى", "اجتمع", "بحث", "عقد … لقاء" (not "سيلتقي", "أن يلتقي"). */
const MET =
	/(?:^|\s)[وف]?(?:التقي|التقت|التقيا|اجري|اجرت|اجريا|اجتمع|اجتمعت|اجتمعا|بحث|بحثت|بحثا|ناقش|ناقشت|ناقشا|عقد|عقدت|عقدا)(?![\p{L}])/u;
/** Words that make what follows them not done: a plan, a hope, a doubt, a negation. */
const NOT_DONE = new Set<CueHit['kind']>(['planned', 'hope', 'irrealis', 'negation', 'cancelled']);

/**
 * The meeting's noun names the alliance's meeting: "القمة" bare (the article's), or with the
 * alliance named after it ("قمة المنظمة", "اجتماع قادة دول منظمة معاهدة الأمن الجماعي"), not
 * "قمة المجموعة السياسية الأوروبية", "اجتماع الحكومة الأرمينية".
 */
const ALLIANCE_AFTER =
	/^\s+(?:(?:ل|ال)?(?:قاده|روساء|زعماء|وزراء)\s+(?:\S+\s+)?(?:دول\s+)?)?(?:ل|ال)?(?:منظمه|المنظمه|معاهده|الامن\s+الجماعي|مجلس\s+الامن\s+الجماعي|الحلف)(?![\p{L}])/u;
const BARE_AFTER =
	/^(?:\s*[.،,؛:]|\s+(?:في|يوم|امس|اليوم|التي|الذي|المنعقد\S*|الاخير\S*|المقبل\S*|عبر|ب\S*|و\S*|ان|بان|انه|انها|لقاء|لقاءا|محادثات|مباحثات|عن|حول|بشان)(?![\p{L}])|\s*$)/u;

const isMember = (country: string | null): country is string =>
	country !== null && (MEMBERS as readonly string[]).includes(country);

function alliances(norm: string, m: CueHit, s: Sentence): boolean {
	const after = norm.slice(m.end, m.end + 60);
	return (
		ALLIANCE_AFTER.test(after) ||
		// "قمة يريفان", "قمة مينسك": named by a member's city (another body's is refused apart).
		s.entities.some(
			(e) => e.kind === 'place' && isMember(e.country) && e.start > m.end && e.start - m.end <= 2
		) ||
		(/(?:^|\s)(?:[وفبل]?ال|[وف]?لل)$/.test(norm.slice(Math.max(0, m.start - 4), m.start)) &&
			BARE_AFTER.test(after))
	);
}

/** "قال …:", "أكد …", "أشار … إلى": a speech verb right before the speaker named after the speech. */
const SPEAKS_BEFORE =
	/(?:^|\s)[وف]?(?:قال|قالت|اكد|اكدت|اعتبر|اعتبرت|شدد|شددت|اوضح|اوضحت|اعلن|اعلنت|حذر|حذرت|دعا|دعت)(?:\s+(?:ال)?(?:رييس|رييسه|وزير|وزيره)\S*)?\s+$/;
/** Denied or negated talks: "نفى … أن يكون قد التقى", "لم يتم أي لقاء". */
const NOT_MET = new Set<CueHit['kind']>(['denial', 'negation']);

/**
 * The member whose leader signed the meeting's document or refused to: the signing told before
 * the meeting's noun ("… إعلان قمة يريفان") or after it, the meeting set as the scene ("وفي
 * قمة يريفان، رفض باشينيان توقيع الإعلان"). The signer is named right after the verb or right
 * before it, in its clause.
 */
function signedHere(
	norm: string,
	s: Sentence,
	m: CueHit,
	before: string,
	delegates: EntityHit[]
): string | null {
	let sign: RegExpExecArray | null = null;
	let from = 0;
	if (DOCUMENT_BEFORE.test(before)) {
		const clause = clauseOpening(norm, s.start, m.start);
		const text = norm.slice(clause, m.start);
		sign = SIGN.exec(text);
		from = clause;
	} else if (AT_MEETING.test(before)) {
		const text = norm.slice(m.end, Math.min(s.end, m.end + 160));
		sign = SIGN.exec(text);
		from = m.end;
	}
	if (!sign) return null;
	const at = from + sign.index;
	const signer =
		delegates.find((d) => d.start >= at && d.start - at <= 40 && d.end <= at + sign[0].length) ??
		[...delegates]
			.reverse()
			.find((d) => d.end <= at && at - d.end <= 30 && !CLAUSE_BREAK.test(norm.slice(d.end, at)));
	return signer && isMember(signer.country) ? signer.country : null;
}

/** The members the sentence shows at one of its meetings by a speech there or talks on its sidelines. */
export function presentByDeed(norm: string, s: Sentence, delegates: EntityHit[]): string[] {
	const out = new Set<string>();
	for (const m of s.cues) {
		if (!MEETING.has(m.kind) || !alliances(norm, m, s)) continue;
		const before = norm.slice(Math.max(s.start, m.start - 80), m.start);
		const clause = clauseOpening(norm, s.start, m.start);
		if (s.cues.some((c) => NOT_DONE.has(c.kind) && c.start >= clause && c.end <= m.start)) continue;
		const signer = signedHere(norm, s, m, before, delegates);
		if (signer) {
			out.add(signer);
			continue;
		}
		const hosted = HOSTED.exec(before);
		if (hosted) {
			const from = m.start - before.length + hosted.index;
			const host = delegates.find((d) => d.start >= from && d.end <= m.start);
			if (host && isMember(host.country)) out.add(host.country);
			continue;
		}
		const said = SAID_BEFORE.exec(before);
		if (said) {
			// The speaker named between the verb and «أمام» ("وقال بوتين أمام القمة"), else, for
			// "متحدثا أمام القمة", the sentence's subject before it.
			const from = m.start - before.length + said.index;
			const speaker = said[1]
				? delegates.find((d) => d.start >= from && d.end <= m.start)
				: [...delegates]
						.reverse()
						.find((d) => d.end <= from && !CLAUSE_BREAK.test(norm.slice(d.end, from)));
			if (speaker && isMember(speaker.country)) out.add(speaker.country);
			continue;
		}
		const spoke = SPOKE_AT.exec(before);
		if (spoke) {
			// The speaker: the sentence's subject before the speech ("وقال لوكاشينكو، ردا على
			// انتقادات باشينيان، في كلمته أمام القمة"), or the one a speech verb names right after it
			// ("وفي كلمته أمام القمة، قال الرئيس الطاجيكي").
			const speaker =
				delegates.find((d) => d.end <= m.start && !CLAUSE_BREAK.test(norm.slice(d.end, m.start))) ??
				delegates.find(
					(d) =>
						d.start >= m.end &&
						d.start - m.end <= 120 &&
						!CLAUSE_BREAK.test(norm.slice(m.end, d.start)) &&
						SPEAKS_BEFORE.test(norm.slice(Math.max(m.end, d.start - 30), d.start))
				);
			if (speaker && isMember(speaker.country)) out.add(speaker.country);
			continue;
		}
		if (!SIDELINES.test(before)) continue;
		// Talks held on the sidelines, in the same part of the sentence: every side was there.
		let from = m.start;
		while (from > s.start && !CLAUSE_BREAK.test(norm.slice(from - 1, m.start))) from--;
		let to = m.end;
		while (to < s.end && !CLAUSE_BREAK.test(norm.slice(m.end, to + 1))) to++;
		const part = norm.slice(from, to);
		const met = MET.exec(part);
		if (!met || s.cues.some((c) => NOT_MET.has(c.kind))) continue;
		// The two sides of the talks: the first two countries named after the verb ("التقى بوتين
		// … بالرئيس القرغيزي"), not a leader they talked about further on.
		const sides: string[] = [];
		for (const d of delegates)
			if (d.start >= from + met.index && d.end <= to && d.country && !sides.includes(d.country))
				sides.push(d.country);
		for (const country of sides.slice(0, 2)) if (isMember(country)) out.add(country);
	}
	return [...out];
}
