/**
 * What a sentence asserts about the happening its trigger names. Only a `reported` happening
 * (or one announced for a stated day, for meetings) becomes an event: what is planned, decided,
 * proposed, called off, turned down, denied, imagined or only recalled as a point of reference
 * is not one, though Armenia's refusals still count as evidence of its status (readStatusEvidence).
 */
import { clauseAround, type Span } from './clause';
import { ATTENDANCE_KINDS } from './cueLexicon';
import { declinedObject } from './declinedObject';
import { deniedNoun } from './deniedNoun';
import { toldDone } from './toldDone';
import { OCCASION_OF } from './withAnaphoricDays';
import type { CueHit } from './findCues';
import type { Sentence } from './types';

export type Modality =
	| 'reported'
	| 'planned'
	| 'decided'
	| 'offered'
	| 'cancelled'
	| 'refused'
	| 'negated'
	| 'hypothetical'
	| 'reference'
	| 'described'
	| 'referred'
	| 'claimed';

/** How far in front of a trigger a governing word still governs it (normalised characters). */
const REACH = 45;
const BREAK = /[،,.؛:!?؟]|\sثم\s|\sلكن\s|\sبينما\s|\sفيما\s|\sفي حين\s/;
/** A verb that acts on its object reaches past commas: "ألغت الوزارة، اليوم الأحد، تدريبات". */
const HARD_BREAK = /[.؛!?؟]|\sثم\s|\sلكن\s|\sبينما\s|\sفيما\s|\sفي حين\s|\sبعد\s/;
const VERBAL = new Set([
	'cancelled',
	'refused',
	'negation',
	'denial',
	'decision',
	'offer',
	'visit',
	'decline'
]);

/**
 * A cue of one of `kinds` in front of the trigger, near enough and with no break between, that
 * `also` (if given) accepts: the cue governs the trigger.
 */
function governs(
	norm: string,
	s: Sentence,
	trigger: Span,
	kinds: string[],
	reach = REACH,
	also?: (m: CueHit) => boolean
) {
	return s.cues.some(
		(m) =>
			kinds.includes(m.kind) &&
			m.end <= trigger.start &&
			trigger.start - m.end <= reach &&
			!(VERBAL.has(m.kind) ? HARD_BREAK : BREAK).test(norm.slice(m.end, trigger.start)) &&
			(!also || also(m))
	);
}

function follows(
	s: Sentence,
	trigger: Span,
	kinds: string[],
	reach: number,
	also?: (m: CueHit) => boolean
) {
	return s.cues.some(
		(m) =>
			kinds.includes(m.kind) &&
			m.start >= trigger.end &&
			m.start - trigger.end <= reach &&
			(!also || also(m))
	);
}

/**
 * A new clause: "، على أن …", "، ومن المقرر …", "، فيما …", "، ويعقد …" — not an appositive
 * ("الاجتماع، والمقرر عقده في يريفان").
 */
const NEW_CLAUSE =
	/[،,]\s*(?:علي\s+ان|[وف]?من\s+(?:المقرر|المنتظر|المرتقب|المتوقع)|بينما|فيما|في\s+حين|[وف]?س?[يت](?!ال)\S+)/;

/**
 * A plan word right after the trigger ("القمة المقبلة", "الاجتماع، المقرر عقده …"), not one
 * opening a clause of its own: "عقد أمس اجتماع لمجلس الوزراء، على أن يعقد المقبل في يريفان".
 */
function followsPlanned(norm: string, s: Sentence, trigger: Span): boolean {
	return s.cues.some(
		(m) =>
			m.kind === 'planned' &&
			m.start >= trigger.end &&
			m.start - trigger.end <= 20 &&
			!NEW_CLAUSE.test(norm.slice(trigger.end, m.end))
	);
}

/**
 * "لا تملك تفويضا للتدخل في القتال", "عدم الانخراط في المعارك": the fighting named as what one
 * would step into, by the verbal noun: a point of reference ("تدخلت القوات في القتال", the verb,
 * tells what it did).
 */
const INTERVENING_IN =
	/(?:^|\s)[وف]?(?:ال|لل|بال)(?:تدخل|انخراط|زج)["»”]?\s+(?:\S+\s+)?(?:في|ب)\s*(?:ال)?$/;

/**
 * "أن تدريبات المنظمة «قد تنقل» إلى دولة أخرى", "المناورات التي قد تجري": the happening as
 * the subject of «قد» with an imperfect verb (findCues' MAY), in its own clause: only possible.
 */
const PLUPERFECT = /(?:^|\s)[وف]?(?:كان|كانت|كانوا|كانا|كانتا|تكون|يكون)(?![\p{L}])/u;

function mayBeDone(norm: string, s: Sentence, trigger: Span): boolean {
	return s.cues.some(
		(m) =>
			m.kind === 'irrealis' &&
			/^[وف]?قد$/.test(norm.slice(m.start, m.end)) &&
			m.start >= trigger.end &&
			m.start - trigger.end <= 24 &&
			!/[،,.؛:!?؟\p{N}]/u.test(norm.slice(trigger.end, m.start)) &&
			// ("قمة المنظمة أمس في يريفان قد تمهد": dated, so held; what it may lead to is another matter.)
			!s.dates.some((d) => d.start >= trigger.end && d.end <= m.start) &&
			// ("وكانت قوات حفظ السلام قد تمركزت", "وكانت اشتباكات قد تجددت": the pluperfect, a past
			// verb in «ت» that MAY cannot tell from an imperfect.)
			!PLUPERFECT.test(norm.slice(clauseAround(norm, s, trigger).start, trigger.start)) &&
			// ("أجرت القوات مناورات قد تمهد لغيرها": done, and what it may lead to is another matter.)
			!s.cues.some(
				(h) =>
					HELD.includes(h.kind) &&
					h.end <= trigger.start &&
					h.start >= clauseAround(norm, s, trigger).start
			)
	);
}

/**
 * A word of reference right after the trigger: "المواجهات الأخيرة", "القمة السابقة", "وغادرت
 * بعد أقل من أسبوعين" (a time counted from another day), "المواجهات منذ استقلال البلدين" (a
 * summary). Not «منذ» after a superlative, a comparison: "أعنف مواجهات منذ انتهاء الحرب".
 */
function followedByReference(norm: string, s: Sentence, trigger: Span): boolean {
	return follows(
		s,
		trigger,
		['reference'],
		3,
		(m) =>
			!(
				SINCE_WORD.test(norm.slice(m.start, m.end)) &&
				SUPERLATIVE.test(norm.slice(Math.max(s.start, trigger.start - 16), trigger.start))
			)
	);
}
const SINCE_WORD = /^[وف]?منذ$/;
/** "أعنف مواجهات منذ", "أول قمة منذ", "الأكبر": the comparison «منذ» ends. */
const SUPERLATIVE =
	/(?:^|\s)[وفب]?(?:ال)?(?:اعنف|اخطر|اشد|اكبر|اسوا|اوسع|اطول|اول|اهم|ادمي|اعلي|اكثر)(?:\s+\S+)?\s+(?:ال)?$/;

function inClause(norm: string, s: Sentence, trigger: Span, kinds: string[]) {
	const clause = clauseAround(norm, s, trigger);
	return s.cues.some(
		(m) => kinds.includes(m.kind) && m.start >= clause.start && m.end <= clause.end
	);
}

/**
 * "رفض باشينيان التوقيع على إعلان قمة يريفان", "رفضت بيان القمة": what is refused is signing or
 * a document the meeting issued, or attending it, which says the meeting was held. Normalised text between the
 * refusal and the meeting's noun.
 */
const DOCUMENT_OF = /(?:^|\s)(?:ال)?(?:توقيع|اعلان|بيان|وثيق|وثايق)/;

function refusedHere(norm: string, s: Sentence, trigger: Span): boolean {
	const before = norm.slice(Math.max(s.start, trigger.start - 60), trigger.start);
	if (SHUTS_DOOR.test(before)) return true;
	const unfit = UNFIT_QUOTED.exec(before);
	if (unfit && HOLDING_IT.test(before.slice(unfit.index + unfit[0].length))) return true;
	return governs(
		norm,
		s,
		trigger,
		['refused'],
		60,
		(m) =>
			!DOCUMENT_OF.test(norm.slice(m.end, trigger.start)) &&
			// "امتنع باشينيان عن حضور القمة": staying away from the meeting, which was held.
			declinedObject(norm.slice(m.end, trigger.end))?.what !== 'attend'
	);
}

/** "يريفان تغلق أبوابها أمام تدريبات الحلف", "يوصد الباب أمام مناورات": shutting the door on it. */
const SHUTS_DOOR =
	/(?:^|\s)(?<!(?:لم|لن|لا)\s)[وف]?(?:[يت]غلق|اغلق|اغلقت|[يت]وصد|اوصد|اوصدت)\s+(?:\S+\s+){1,2}?امام\s+(?:ال)?$/;
/**
 * "لا ترى "من المناسب" إجراء …": the lexicon's «لا ترى من المناسب» with the judgement in
 * quotation marks, which its phrase cannot match.
 */
const UNFIT_QUOTED =
	/(?:^|\s)[وف]?(?:لا|لم)\s+\S+\s+(?:ان\S*\s+)?["«“]\s*(?:انه\s+)?من\s+(?:ال)?(?:مناسب|ملايم)\s*["»”]/;

/** What the judgement turns down is holding it: "… إجراء", "استضافة", nothing between. */
const HOLDING_IT =
	/^\s*(?:[لب]?(?:ال)?(?:اجراء|عقد|استضافه|تنظيم|احتضان|نشر|ارسال|مشاركه)\s+(?:في\s+)?)?(?:ال)?$/;

/** "اعتذرت يريفان عن استضافة المناورات": declining to host or send is refusing; declining to attend is not. */
function declinedHere(norm: string, s: Sentence, trigger: Span): boolean {
	return governs(norm, s, trigger, ['decline'], 60, (m) => {
		const what = declinedObject(norm.slice(m.end, trigger.end))?.what;
		return what === 'host' || what === 'send';
	});
}

/**
 * A preposition right before the happening, after a negation: the negated noun is something in it
 * ("لم يقع ضحايا في الاشتباكات"), unlike "لم تسجل خلال الليل اشتباكات".
 */
const IN_IT = /(?:(?:^|\s)(?:في|خلال|جراء|اثناء|عن|بين|من)\s+(?:ال)?|(?:^|\s)(?:بال|لل))$/;

/** "أي وحدة من", "أي جندي من": a part of the force, under a verb that denies its moving. */
const ANY_UNIT_OF =
	/^\s*(?:اي|ولو)\s+(?:وحده|جندي|عنصر|كتيبه|فرقه|سريه|طايره|قطعه)\s+(?:عسكريه\s+)?من\s+(?:ال)?$/;

/** A denial that points back: "نفتها", "نفاه", "نفت ذلك", "نفى هذه الأنباء". */
const DENIES_IT = /(?:ها|ه)$/;
const THAT_AFTER = /^\s*(?:ذلك|هذه|تلك|هذا)(?![\p{L}])/u;
/** "تحدثت أنباء عن", "تقارير بشأن": the happening as what reports told. */
const REPORTED_BEFORE =
	/(?:^|\s)[وف]?(?:ال)?(?:انباء|تقارير|اخبار|معلومات|شايعات|ادعاءات|مزاعم|اعلام|مصادر)\s+(?:\S+\s+)?(?:(?:عن|بشان|حول)\s+|ب)(?:(?:وقوع|حدوث|اندلاع|عقد|انتشار|وصول)\s+)?(?:ال)?$/;

/**
 * "وتحدثت أنباء عن اشتباكات على الحدود، لكن بيشكك نفتها": what reports told and the sentence
 * then denies, with a pronoun or a demonstrative pointing back to it, or naming it again ("نفى
 * وقوع أي اشتباك"). (A clash the sentence
 * reports itself, "واتهمت باكو يريفان بالبدء بها وهو ما نفته الأخيرة", denies only the claim.)
 */
function deniedAfter(norm: string, s: Sentence, trigger: CueHit): boolean {
	if (!REPORTED_BEFORE.test(norm.slice(Math.max(s.start, trigger.start - 40), trigger.start)))
		return false;
	return s.cues.some(
		(m) =>
			m.kind === 'denial' &&
			m.start >= trigger.end &&
			m.start - trigger.end <= 90 &&
			// ("…، لكن بيشكك نفتها": the «but» is the denial's own.)
			!/[.؛!?؟]/.test(norm.slice(trigger.end, m.start)) &&
			(DENIES_IT.test(norm.slice(m.start, m.end)) ||
				THAT_AFTER.test(norm.slice(m.end, m.end + 8)) ||
				// "…، غير أن حرس الحدود نفى وقوع أي اشتباك": the denial names the happening again.
				s.cues.some(
					(c) =>
						c.kind === trigger.kind &&
						c.start >= m.end &&
						c.start - m.end <= 40 &&
						deniedNoun(norm.slice(m.end, c.start)) &&
						bareAfter(norm.slice(c.end, s.end))
				))
	);
}

/** "، مؤكدا أن الوضع هادئ": a calm told after a denial, which confirms nothing. */
const CALM =
	/[،,]\s*(?:موكد\S*|مشير\S*|موضح\S*)\s+(?:الي\s+)?(?:ان|بان)\s+(?:ال)?(?:وضع|امور|هدوء)[^.؛!?؟]*/;
/** Nothing but the border, the two sides or the end of the sentence after the noun denied again. */
const BARE =
	/^(?:\s+(?:علي\s+(?:طول\s+)?(?:ال)?حدود\S*(?:\s+(?:ال)?\S+){0,2}|بين\s+(?:ال)?(?:بلدين|جانبين|طرفين)))?\s*["»”]?\s*[.؛!?؟]?\s*$/;

/**
 * "غير أن حرس الحدود نفى وقوع أي اشتباك.": the reports denied whole — not "أي اشتباك جديد",
 * "داخل أراضيها", "منذ الهدنة", "بمشاركة قواتها", nor one a later clause confirms.
 */
function bareAfter(rest: string): boolean {
	return BARE.test(rest.replace(CALM, ''));
}

/**
 * "نفت وزارة الدفاع وقوع اشتباكات على الحدود": the happening is what is denied (deniedNoun.ts).
 * Not "نفت موسكو وجود خلافات خلال القمة" (the meeting was held) nor "نفى أن تكون أرمينيا
 * قاطعت القمة".
 */
function deniedHere(norm: string, s: Sentence, trigger: CueHit): boolean {
	if (deniedAfter(norm, s, trigger)) return true;
	// The denied noun must head the happening, so the denial may stand further off than other
	// cues: "نفت الوزارة يوم الأربعاء 14 سبتمبر 2022 قيام قواتها بقصف …".
	return governs(norm, s, trigger, ['denial'], 90, (m) =>
		deniedNoun(norm.slice(m.end, trigger.start))
	);
}

/** A verb of asking: "دعت", "طالب", "اقترحت". */
const ASK_VERB =
	/(?:^|\s)[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو|طالب|طالبت|طالبوا|يطالب|تطالب|طلب|طلبت|اقترح|اقترحت|يقترح|تقترح)(?![\p{L}])/u;
/** "… إلى عقد اجتماع طارئ ل" right before the trigger: the holding asked for. */
const TO_HOLD =
	/(?:^|\s)(?:(?:الي|ب)\s*(?:ال)?|[وف]?ل)(?:عقد|انعقاد|اجراء|ارسال|نشر)(?:\s+\S+){0,3}\s+\S{0,2}$/;

/**
 * "دعت أرمينيا إلى عقد اجتماع طارئ لمجلس الأمن الجماعي": a meeting (or troops) asked for, the
 * asker between the verb and «إلى عقد» (the contiguous «دعت إلى عقد» is an offer cue).
 */
function askedFor(norm: string, s: Sentence, trigger: Span): boolean {
	// "…، وهو ما تم مساء اليوم": asked for and held.
	if (
		/(?:وهو|وذلك)\s+ما\s+(?:تم|حدث|جري)/.test(norm.slice(trigger.end, s.end)) ||
		s.cues.some((m) => (m.kind === 'held' || m.kind === 'occurred') && m.start >= trigger.end)
	)
		return false;
	const before = norm.slice(Math.max(s.start, trigger.start - 90), trigger.start);
	// "دعا المنظمة إلى إرسال جنود", "طالب بإرسال قوة": the cue is the sending itself.
	const sending =
		/^(?:ارسال|نشر)\s/.test(norm.slice(trigger.start, trigger.end)) &&
		/(?:^|\s)(?:الي\s*|ب)$/.exec(before);
	const held = sending || TO_HOLD.exec(before);
	if (!held) return false;
	const ask = before.slice(0, held.index);
	const verb = [...ask.matchAll(new RegExp(ASK_VERB.source, 'gu'))].at(-1);
	return verb !== undefined && !BREAK.test(ask.slice(verb.index + verb[0].length));
}

/** "حتى السبت المقبل", "حتى نهاية الشهر القادم": a last day to come. */
const UNTIL = /(?:^|\s)حتي\s+(?:\S+\s+){0,2}(?:ال)?$/;

/**
 * "انطلقت أمس مناورات … تستمر حتى السبت المقبل": a day to come that something lasts until ends
 * it; it announces nothing. The sentence without such plan words.
 */
function untilNext(norm: string, s: Sentence): Sentence {
	// Only where the start is told done ("انطلقت", "بدأ"): "تنطلق الاثنين … وتستمر حتى السبت
	// المقبل" is all to come.
	if (!s.cues.some((m) => m.kind === 'occurred' && toldDone(norm.slice(m.start, m.end)))) return s;
	const cues = s.cues.filter(
		(m) => m.kind !== 'planned' || !UNTIL.test(norm.slice(Math.max(s.start, m.start - 30), m.start))
	);
	return cues.length === s.cues.length ? s : { ...s, cues };
}

/** "وكانت المناورات": the happening as the subject of «كان». */
const WAS_TO_BE = /^(?:ال)?(?:مقرر|مقرره|مقررا|مزمع|مزمعه|مزمعا|مرتقب|مرتقبه|مرتقبا|مفترض|مفترضا)$/;
const WAS_BEFORE = /(?:^|\s)[وف]?(?:كانت|كان)\s+(?:ال)?$/;

/**
 * "وكانت المناورات، التي حملت اسم «…»، مقررة في أرمينيا": what was to be, however far the
 * predicate stands after its subject, and nothing after it says it was held.
 */
function wasPlanned(norm: string, s: Sentence, trigger: Span): boolean {
	if (!WAS_BEFORE.test(norm.slice(Math.max(s.start, trigger.start - 10), trigger.start)))
		return false;
	// «كان»'s own predicate: "مقررة", "مزمعا", "مرتقبة", not any word of plans further on
	// ("واتفق القادة على أن تعقد القمة المقبلة").
	const plan = s.cues.find(
		(m) =>
			m.kind === 'planned' && m.start >= trigger.end && WAS_TO_BE.test(norm.slice(m.start, m.end))
	);
	if (!plan) return false;
	const between = norm.slice(trigger.end, plan.start);
	return (
		!HARD_BREAK.test(between) &&
		!/[،,]\s*و/.test(between) &&
		// "وكانت المناورات التي جرت أمس … مقررة أصلا في أرمينيا": held, elsewhere than planned.
		!s.cues.some((m) => (m.kind === 'held' || m.kind === 'occurred') && m.start >= trigger.end)
	);
}

/** "غير مناسب", "ليس من المناسب": the predicate that turns a proposal down. */
const UNFIT = /مناسب|ملايم/;

/**
 * "إجراء مناورات المنظمة في أرمينيا هذا العام «غير مناسب»": the happening as the subject of a
 * judgement that turns it down, the judgement after it in the same sentence part.
 */
function judgedUnfit(norm: string, s: Sentence, trigger: Span): boolean {
	return s.cues.some(
		(m) =>
			m.kind === 'refused' &&
			m.start >= trigger.end &&
			m.start - trigger.end <= 50 &&
			UNFIT.test(norm.slice(m.start, m.end)) &&
			!HARD_BREAK.test(norm.slice(trigger.end, m.start))
	);
}

/** "عدم حضور القمة", "عدم المشاركة في المناورات": the negation is the attending's, not the meeting's. */
function nonAttendance(s: Sentence): Sentence {
	const cues = s.cues.filter(
		(m) =>
			m.kind !== 'negation' ||
			!s.cues.some((c) => ATTENDANCE_KINDS.has(c.kind) && c.end > m.end && c.start <= m.end + 2)
	);
	return cues.length === s.cues.length ? s : { ...s, cues };
}

/**
 * "لا مناورات للمنظمة على أراضينا هذا العام", "لا قمة هذا العام": «لا» right before the noun
 * denies there is any (only there: «لا سيما بعد القمة» denies nothing of it).
 */
const NO_BEFORE = /(?:^|[\s:«"])[وف]?لا\s+$/u;

/** An attendance verb in the future, affirmed or denied: "سيشارك", "سوف تحضر", "لن نشارك". */
const FUTURE_VERB = /^[وف]?(?:لن\s|سوف\s|س[يتنا])/;

/**
 * "لن نشارك في مناورات المنظمة هذا العام", "ستشارك قواتنا في التدريبات": taking part in an
 * exercise or a deployment still to come reports neither. (A meeting announced for its day is
 * kept as one: see sentenceCandidates.)
 */
function futureTakingPart(norm: string, s: Sentence, trigger: Span): boolean {
	return s.cues.some(
		(m) =>
			ATTENDANCE_KINDS.has(m.kind) &&
			m.end <= trigger.start &&
			trigger.start - m.end <= REACH &&
			FUTURE_VERB.test(norm.slice(m.start, m.end)) &&
			!BREAK.test(norm.slice(m.end, trigger.start))
	);
}

const HELD = ['held', 'occurred'];

/** "بعد (أقل من) شهر على", "بعد يومين من", "منذ أسابيع على": time since the happening named next. */
const SINCE =
	/(?:^|\s)[وف]?(?:بعد|قبل|منذ)\s+(?:(?:اقل|اكثر)\s+من\s+|نحو\s+|قرابه\s+|حوالي\s+)?(?:\S+\s+)?(?:شهر|شهرين|اشهر|اسبوع|اسبوعين|اسابيع|يوم|يومين|ايام|عام|عامين|سنه|سنتين|اعوام|سنوات|ساعات)\s+(?:فقط\s+)?(?:من|علي)\s+(?:\S+\s+)?(?:ال)?$/;

const OTHER_HAPPENING = new Set(['clash', 'unrest', 'exercise', 'troops', 'withdrawal']);
/** "قبيل قمة", "قبل انعقاد اجتماع", but not the agent's "من قبل": right before the happening's noun. */
const PRIOR_TO = /(?:^|\s)(?<!من\s)[وف]?(?:قبل|قبيل)\s+(?:(?:انعقاد|بدء|انطلاق|افتتاح)\s+)?$/;

/**
 * Told by the time since or before it: "بعد أقل من شهر على المواجهات", "قبل أيام من قمة المنظمة",
 * "قبيل قمة المنظمة". A meeting only before: one still to come when the sentence's day was is not
 * of that day, unless a clause of its own tells it held ("قبل قمة دوشنبه التي عقدت في …"); one
 * before it ("بعد أقل من شهر على قمة موسكو التي احتفى فيها القادة") may be told by its own clause.
 */
function sinceIt(norm: string, s: Sentence, trigger: Span, meeting: boolean): boolean {
	const before = norm.slice(Math.max(s.start, trigger.start - 40), trigger.start);
	const since = SINCE.exec(before);
	if (!meeting) return since !== null;
	// Bare «قبيل قمة» only after a happening of another kind the sentence dates ("اندلعت اشتباكات
	// … يوم 14، قبيل قمة المنظمة"): "وصل بوتين إلى مينسك يوم 23 قبيل قمة المنظمة" tells the
	// summit's own day.
	const other = s.cues.findLast((c) => c.end <= trigger.start && OTHER_HAPPENING.has(c.kind));
	// (Not past someone arriving or taking part: "وفي ظل التوتر الذي أعقب اشتباكات الحدود، وصل
	// بوتين إلى يريفان يوم 23 قبيل قمة المنظمة".)
	const prior =
		PRIOR_TO.test(before) &&
		other !== undefined &&
		!s.cues.some(
			(c) =>
				(c.kind === 'present' || c.kind === 'absent' || c.kind === 'video') &&
				c.start >= other.end &&
				c.end <= trigger.start
		);
	if (!(since && /^\s?[وف]?قبل\s/.test(since[0])) && !prior) return false;
	const clause = clauseAround(norm, s, trigger);
	return !s.cues.some(
		(m) => HELD.includes(m.kind) && m.start >= trigger.end && m.end <= clause.end
	);
}

/**
 * "في اليوم التالي للقمة", "اليوم السابق على انطلاق المناورات": the happening a day is counted
 * from (withAnaphoricDays), a point of reference.
 */
const COUNTED_FROM = new RegExp(
	`(?:^|\\s)[وفب]?اليوم\\s+(?:التالي|السابق)\\s+(?:ل|علي\\s+)${OCCASION_OF}(?:ال|ل)?$`
);

/**
 * A council as the subject of a decision ("المجلس قرر", "قرر المجلس") with no session held in the
 * clause: the body acts, by whatever procedure; no meeting is reported.
 */
function bodyDecides(norm: string, s: Sentence, trigger: Span): boolean {
	if (!BODY.test(norm.slice(trigger.start, trigger.end))) return false;
	// "بعد ساعات من قرار مجلس الأمن الجماعي", "موافقة المجلس": one decision of the council,
	// however taken. "بدأت القوة الانتشار … بقرار من مجلس الأمن الجماعي": the council is the
	// authority behind the act told before it, whose verb is no session's.
	const decision = DECISION_OF.exec(
		norm.slice(Math.max(s.start, trigger.start - 24), trigger.start)
	);
	if (
		decision !== null &&
		!sessionAfter(norm, s, trigger) &&
		(BY_AUTHORITY.test(decision[0]) || !inClause(norm, s, trigger, HELD))
	)
		return true;
	// "بعدما استجاب مجلس الأمن الجماعي لطلب الرئيس", "وافق المجلس على الطلب": the body assents.
	if (
		ASSENTS.test(norm.slice(Math.max(s.start, trigger.start - 24), trigger.start)) &&
		A_REQUEST.test(norm.slice(trigger.end, trigger.end + 50)) &&
		!inClause(norm, s, trigger, HELD)
	)
		return true;
	const decides = s.cues.some(
		(m) =>
			m.kind === 'decision' &&
			DECIDES.test(norm.slice(m.start, m.end)) &&
			((m.start >= trigger.end && m.start - trigger.end <= 3) ||
				(m.end <= trigger.start && trigger.start - m.end <= 3))
	);
	return decides && !inClause(norm, s, trigger, HELD);
}
const BODY = /مجلس/;
/**
 * The council's session told after it, in its clause: "تفويض من مجلس الأمن الجماعي في اجتماعه
 * الاستثنائي", "بموافقة المجلس الذي اجتمع عبر الفيديو", "بقرار من المجلس في جلسته الطارئة".
 */
function sessionAfter(norm: string, s: Sentence, trigger: Span): boolean {
	const clause = clauseAround(norm, s, trigger);
	return (
		s.cues.some(
			(m) =>
				(HELD.includes(m.kind) || SESSION_KINDS.has(m.kind)) &&
				m.start >= trigger.end &&
				m.end <= clause.end
		) || MET.test(norm.slice(trigger.end, clause.end))
	);
}
const SESSION_KINDS = new Set(['summit', 'meeting', 'ministerial', 'extraordinary']);
const MET = /(?:^|\s)[وف]?(?:اجتمع|اجتمعت|اجتمعوا|انعقد|التام)(?![\p{L}])/u;
/** "مجلس الأمن الجماعي (للمنظمة) لم يتلق أي طلب", "المجلس لن يجتمع": the council's verb negated. */
const NEGATED_AFTER = /^(?:\s+[^\s،,.]+){0,2}?\s+(?:لم|لن)\s/;
/**
 * The council as the subject of a negated verb, no session told held in the clause (an
 * infinitive asked for, "لعقد جلسة", tells none): none reported.
 */
function bodyNegated(norm: string, s: Sentence, trigger: Span): boolean {
	if (!BODY.test(norm.slice(trigger.start, trigger.end))) return false;
	if (!NEGATED_AFTER.test(norm.slice(trigger.end, Math.min(s.end, trigger.end + 40)))) return false;
	const clause = clauseAround(norm, s, trigger);
	return !s.cues.some(
		(m) =>
			HELD.includes(m.kind) &&
			m.start >= clause.start &&
			m.end <= clause.end &&
			!/(?:^|\s)(?:[وف]?ل|(?:الي|ب)\s*(?:ال)?)$/.test(norm.slice(Math.max(0, m.start - 6), m.start))
	);
}
/**
 * "عرض الأمر على مجلس الأمن الجماعي", "فلم يعرض الأمر حتى على المجلس": a matter brought before
 * a council, which says nothing of a session.
 */
function referredTo(norm: string, s: Sentence, trigger: Span): boolean {
	return (
		BODY.test(norm.slice(trigger.start, trigger.end)) &&
		REFERRED.test(norm.slice(Math.max(s.start, trigger.start - 40), trigger.start)) &&
		!inClause(norm, s, trigger, HELD)
	);
}
const REFERRED =
	/(?:^|\s)[وف]?(?:[يت]?عرض|عرضت|[يت]?رفع|رفعت|احال|احالت|[يت]حيل|احاله|[يت]?طرح|طرحت)(?:\s+\S+){0,3}?\s+(?:حتي\s+)?(?:علي|الي|امام)\s+(?:طاوله\s+)?$/;

/** A verb of assent right before the council, its subject: "استجاب", "وافق", "لبى", "أقر". */
const ASSENTS =
	/(?:^|\s)[وف]?(?:استجاب|استجابت|[يت]ستجيب|وافق|وافقت|[يت]وافق|لبي|لبت|[يت]لبي|اقر|اقرت|[يت]قر)\s+(?:ال)?$/;
/**
 * What the council assents to is a request ("لطلب الرئيس", "على الطلب", "لدعوة"), not a document it
 * adopts in session ("أقر المجلس في اجتماعه الميزانية"); no session named between.
 */
const A_REQUEST =
	/^(?:(?!\s(?:اجتماع|جلس|دوره|قمه)\S*)[^.؛])*?\s(?:[لب]?(?:ال)?طلب\S*|[لب]?(?:ال)?دعوه|[لب]?(?:ال)?مناشده)(?![\p{L}])/u;
/**
 * The singular noun right before the council, "من" between or not: its decision, assent or
 * mandate ("قرارات" were taken in session).
 */
const DECISION_OF =
	/(?:^|\s)[وفبل]?(?:ال)?(?:قرار|موافقه|مصادقه|تفويض|اذن)\s+(?:(?:اتخذه|اتخذ|اصدره|صادر|الصادر)\s+)?(?:من\s+|عن\s+)?$/;
/** "بقرار من", "بموافقة": the authority an act is done by. */
const BY_AUTHORITY = /^\s?[وف]?ب/;
/** The verb, not the noun: "قرارات مجلس الأمن الجماعي" were taken at a session. */
const DECIDES = /^[وف]?(?:قرر|تقرر|يقرر)/;

/**
 * "الرئاسة الدورية لمجلس الأمن الجماعي", "بصفته رئيس مجلس الأمن الجماعي": the office of chair,
 * or a council named in its officer's title, not a session of the council.
 */
function chairmanship(norm: string, s: Sentence, trigger: Span): boolean {
	return (
		(s.cues.some(
			(m) =>
				m.kind === 'chair' &&
				m.end <= trigger.start &&
				trigger.start - m.end <= 3 &&
				CHAIR_NOUN.test(norm.slice(m.start, m.end))
		) ||
			(BODY.test(norm.slice(trigger.start, trigger.end)) &&
				OFFICER.test(norm.slice(Math.max(s.start, trigger.start - 12), trigger.start)))) &&
		!inClause(norm, s, trigger, HELD)
	);
}
const CHAIR_NOUN = /^[وفبل]?(?:ال)?رياسه/;
/** "رئيس", "أمين", "سكرتير" right before a council, "بصفته رئيساً لمجلس": its officer's title. */
const OFFICER = /(?:^|\s)[وفبل]?(?:ال)?(?:رييس|امين|سكرتير)[اه]?\s+ل?$/;

/**
 * What a body or a force is or comprises: "ويضم رؤساء الدول الأعضاء", "التي يقدر قوامها بنحو 3600
 * عنصر", "تتألف من".
 */
const DEFINITION =
	/(?:^|[\s:،,])[وف]?(?:(?:يضم|تضم|يتالف|تتالف|يتكون|تتكون|يعد|تعد|يعتبر|تعتبر)(?![\p{L}])|(?:التي|الذي)\s+(?:يقدر|يبلغ|يصل)\s+(?:قوام|عدد|تعداد))/u;
/** Cues that name a body or a force, which a description may head. */
const NAMES = new Set<CueHit['kind']>(['summit', 'troops', 'csto-force']);
const HAPPENS = new Set<CueHit['kind']>(['held', 'occurred']);
/** What may stand before a name that heads a description: a bullet, a number, nothing. */
const LIST_HEAD = /^[\s\-–—•*▪\d.)]*$/u;

/**
 * "- مجلس الأمن الجماعي: ويضم رؤساء الدول الأعضاء": a sentence that opens with the name of a body
 * or a force and says what it is (a fact box, an explainer's list) reports no happening of it.
 */
function describes(norm: string, s: Sentence, trigger: CueHit): boolean {
	// The sentence opens with a name ("- قوات الرد السريع، وقوات حفظ السلام التي …": every name
	// listed after it is described too).
	const opens = s.cues.some(
		(m) =>
			NAMES.has(m.kind) && m.start <= trigger.start && LIST_HEAD.test(norm.slice(s.start, m.start))
	);
	if (!NAMES.has(trigger.kind) || !opens) return false;
	// "… تضم وحدات من ست دول وصلت أمس": something still happens in it.
	if (s.cues.some((m) => HAPPENS.has(m.kind) || ATTENDANCE_KINDS.has(m.kind))) return false;
	const after = norm.slice(trigger.end, Math.min(s.end, trigger.end + 80));
	const m = DEFINITION.exec(after);
	return m !== null && !HARD_BREAK.test(after.slice(0, m.index));
}

/**
 * "أن مهمة …", "بأن وجود …", "على الطابع المؤقت لمهمة …": what a statement says of a force's
 * mission or presence.
 */
const ITS_MISSION =
	/(?:(?:^|\s)(?:ان|بان|لان)\s+(?:ال)?|(?:^|\s)ل)(?:مهمه|مهام|ولايه|تفويض|دور|وجود|بقاء|طبيعه)\s+$/;

/**
 * "أكد القادة أن مهمة قوة حفظ السلام في كازاخستان مؤقتة": a statement about a force's mission
 * or presence reports the statement (and the meeting it was made at), not the force sent.
 */
function missionSpokenOf(norm: string, s: Sentence, trigger: CueHit): boolean {
	if (trigger.kind !== 'troops' && trigger.kind !== 'csto-force') return false;
	const before = ITS_MISSION.exec(norm.slice(Math.max(s.start, trigger.start - 24), trigger.start));
	if (!before) return false;
	const clause = clauseAround(norm, s, trigger);
	return (
		s.cues.some((m) => m.kind === 'speech' && m.end <= trigger.start) &&
		// ("… أن مهمة القوة بدأت أمس": its start told.)
		!s.cues.some((m) => m.kind === 'occurred' && m.start >= clause.start && m.end <= clause.end)
	);
}

/** A post, a video, a rumour: what circulates rather than what a newsroom reports. */
const POST =
	'(?:منشور|منشورا|منشورات|تدوينه|تدوينات|تغريده|تغريدات|مقطع|مقطعا|مقاطع|فيديو|صوره|صورا|صور|رساله|رسايل|شايعه|شايعات)';
/**
 * "منشورا يزعم أن", "تغريدة تدعي": a post that claims. Not a person's post, "تغريدة زعم فيها
 * علييف أن …": a party's accusation, which reports the clash.
 */
const POST_CLAIMS = new RegExp(
	`(?:^|\\s)[وفب]?(?:ال)?${POST}(?:\\s+\\S+){0,2}?\\s+(?:[يت]زعم|زعم|زعمت|[يت]دعي|ادعي|ادعت)(?![\\p{L}])(?!\\s+(?:في|عبر)(?:ها|ه)(?![\\p{L}]))`,
	'u'
);
/**
 * "تداولت حسابات …", "منشور متداول", "راجت": circulated by others (not "نشرت الوزارة على منصات
 * التواصل", and not «انتشر», which troops do).
 */
const CIRCULATED =
	/(?:^|\s)[وف]?(?:تداول|تداولت|تداولوا|[يت]تداول|[يت]تداولها|[يت]تداوله|متداول|متداوله|المتداول|المتداوله|راج|راجت|[يت]روج)(?![\p{L}])/u;
/** "مقطعا يظهر", "منشورا جاء فيه أن": what a circulated post shows or says. */
const POST_SHOWS = new RegExp(
	`(?:^|\\s)[وفب]?(?:ال)?${POST}(?:\\s+\\S+){0,2}?\\s+(?:[يت]ظهر|اظهر|اظهرت|جاء\\s+في(?:ه|ها))(?![\\p{L}])`,
	'u'
);
/** "الادعاء: …", "الشائعة: …": a fact-check's label for the claim it checks. */
const CLAIM_LABEL = /^\s*(?:ال)?(?:ادعاء|زعم|شايعه|ادعاءات)\s*:/;

/**
 * "تداولت حسابات منشورا يزعم أن «…» مرفقا بمقطع يظهر آليات تغادر …", "الادعاء: …": a happening
 * told as what a post claims or a circulated video shows is a claim, which a fact-check weighs,
 * not a report. (A party's accusation, "زعمت باكو أن القوات الأرمنية قصفت", is a report of the
 * clash; a ministry's video, "بثت الوزارة مقطعا يظهر وصول القوات", of the deployment.)
 */
function circulatedClaim(norm: string, s: Sentence, trigger: Span): boolean {
	const before = norm.slice(s.start, trigger.start);
	// The post in the trigger's own clause: "وفي حين تداول ناشطون مقطعا يظهر دخانا، أكدت الوزارة
	// أن القوات قصفت …" reports the shelling.
	const own = norm.slice(clauseAround(norm, s, trigger).start, trigger.start);
	const claims = POST_CLAIMS.exec(before);
	return (
		CLAIM_LABEL.test(before) ||
		// ("منشورا يزعم أن "أرمينيا انسحبت، وأن القوات الروسية بدأت مغادرة …"": the claim runs on
		// inside its quotation marks.)
		(claims !== null &&
			!/[،,؛]/.test(
				before.slice(claims.index + claims[0].length).replace(/["«“][^"»”]*["»”]?/g, ' ')
			)) ||
		(CIRCULATED.test(before) && POST_SHOWS.test(own))
	);
}

/**
 * "بعد أن اتفق رئيسا أجهزة الأمن مساء الجمعة على وقف إطلاق النار وسحب المعدات": the two sides'
 * forces pulled back as agreed in a truce, not the alliance's leaving; the agreement's clause runs
 * to the withdrawal with no stop between.
 */
const AGREED_TO =
	/(?:^|\s)[وف]?(?:اتفق|اتفقا|اتفقت|اتفقتا|اتفقوا|يتفق|تتفق)(?![\p{L}])[^.؛!?؟]*?\s(?:علي|الي)\s[^.؛!?؟]*$/u;

export function modalityOf(norm: string, s: Sentence, trigger: CueHit, meeting = false): Modality {
	if (circulatedClaim(norm, s, trigger)) return 'claimed';
	if (governs(norm, s, trigger, ['cancelled'], 60) || follows(s, trigger, ['cancelled'], 25))
		return 'cancelled';
	if (
		refusedHere(norm, s, trigger) ||
		declinedHere(norm, s, trigger) ||
		judgedUnfit(norm, s, trigger)
	)
		return 'refused';
	if (
		governs(
			norm,
			nonAttendance(s),
			trigger,
			['negation'],
			25,
			// "لم يقع ضحايا في الاشتباكات": what is denied is in the happening, not the happening.
			// ("ولم تتحرك أي وحدة من قوات الرد السريع": any unit of the force is the force.)
			(m) =>
				!IN_IT.test(norm.slice(m.end, trigger.start)) ||
				(norm.startsWith('لم', m.start) && ANY_UNIT_OF.test(norm.slice(m.end, trigger.start)))
		) ||
		deniedHere(norm, s, trigger) ||
		NO_BEFORE.test(norm.slice(Math.max(s.start, trigger.start - 8), trigger.start)) ||
		(meeting && bodyNegated(norm, s, trigger))
	)
		return 'negated';
	// (A meeting so announced for its day is still kept, to join the report of it.)
	if (futureTakingPart(norm, s, trigger)) return 'planned';
	if (
		governs(norm, s, trigger, ['irrealis', 'hypothetical']) ||
		follows(s, trigger, ['hypothetical'], 20) ||
		mayBeDone(norm, s, trigger)
	)
		return 'hypothetical';
	if (governs(norm, s, trigger, ['offer']) || askedFor(norm, s, trigger)) return 'offered';
	// "قرار اتخذه القادة في جلسة" is taken at a meeting; it makes no meeting hypothetical.
	if (!meeting && governs(norm, s, trigger, ['decision'], 70)) return 'decided';
	if (trigger.kind === 'withdrawal' && AGREED_TO.test(norm.slice(s.start, trigger.start)))
		return 'decided';
	// "أن المجلس قرر إرسال قوات": the body deciding, not a session held.
	if (meeting && bodyDecides(norm, s, trigger)) return 'decided';
	if (meeting && chairmanship(norm, s, trigger)) return 'reference';
	if (meeting && referredTo(norm, s, trigger)) return 'referred';
	const sp = untilNext(norm, s);
	if (
		governs(norm, sp, trigger, ['planned']) ||
		// "عن أمله في أن يلتزم الطرفان … بعد الاشتباكات التي اندلعت يوم 14": hoped for is what
		// follows the hope, not a happening its own clause tells done.
		(governs(
			norm,
			sp,
			trigger,
			['hope'],
			REACH,
			// "عن أمله في استقرار الوضع بعد انسحاب القوات يوم 13 يناير": what came before the hoped-for.
			(m) =>
				!s.cues.some((r) => r.kind === 'reference' && r.start >= m.end && r.end <= trigger.start)
		) &&
			!inClause(norm, s, trigger, HELD)) ||
		followsPlanned(norm, sp, trigger) ||
		wasPlanned(norm, sp, trigger) ||
		(inClause(norm, sp, trigger, ['planned']) && !inClause(norm, s, trigger, ['occurred', 'held']))
	)
		return 'planned';
	// "زار بوتين قاعدة كانط … التي تشكل المكون الجوي لقوات الانتشار السريع": a visit to troops
	// where they are is no deployment.
	if (!meeting && governs(norm, s, trigger, ['visit'], 160)) return 'reference';
	// "بعد المواجهات", "ضحايا المواجهات", "على هامش القمة", "المواجهات الأخيرة", and at a
	// distance: "بعد أقل من شهر على المواجهات", "بعد أسبوعين من القمة".
	if (
		sinceIt(norm, s, trigger, meeting) ||
		COUNTED_FROM.test(norm.slice(Math.max(s.start, trigger.start - 40), trigger.start)) ||
		INTERVENING_IN.test(norm.slice(Math.max(s.start, trigger.start - 24), trigger.start)) ||
		// ("تجري منذ الجمعة مناورات", "اندلعت بعد ظهر الاثنين اشتباكات": the word governs the
		// day between, which dates the happening.)
		governs(
			norm,
			s,
			trigger,
			['reference', 'before', 'eve'],
			14,
			(m) => !s.dates.some((d) => d.start >= m.end && d.end <= trigger.start)
		) ||
		followedByReference(norm, s, trigger)
	)
		return 'reference';
	if (describes(norm, s, trigger) || missionSpokenOf(norm, s, trigger)) return 'described';
	return 'reported';
}
