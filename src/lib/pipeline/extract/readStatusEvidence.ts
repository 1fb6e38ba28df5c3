/**
 * What a sentence says about a member's standing in the alliance (Armenia's above all), as typed acts with their
 * sentence: chairing it or appealing to it (active), accusing it, refusing to host, sign or send
 * troops, declining a post or recalling its envoy (strained), announcing it will skip a meeting
 * (absent), declaring a freeze (frozen). The act must be Armenia's own — "اتهمت باكو القوات
 * الأرمينية" is Baku's, "استدعت الخارجية الروسية السفير الأرميني" Moscow's — and about the
 * alliance. Attendance at summits is read from the merged events (buildEventSet.ts). The act
 * is dated by its own predicate, else by the article's day; undated evidence goes to the report.
 */
import { namesCsto, OTHER_ORGS } from './attribution';
import { clauseAround } from './clause';
import { declinedObject } from './declinedObject';
import type { ArticleContext } from './context';
import type { CueHit } from './findCues';
import { pickDate } from './pickDate';
import { sourceOf } from './sourceOf';
import { underScenario } from './underScenario';
import { strainAct } from './strainAct';
import type { StatusAct } from '../../model/schema';
import type { DateHit, EntityHit, Sentence, StatusEvidence } from './types';
import { stampAt } from '../dates/entryStamps';
import { deniedNoun } from './deniedNoun';
import { COMING_WORDS, feminine } from '../dates/patterns';

const MEETINGS = new Set(['summit', 'ministerial', 'meeting']);

const RULES: {
	kind: string;
	status: StatusEvidence['status'];
	chair?: true;
	why: string;
	/** The act needs the alliance named or referred to in the sentence. */
	aboutCsto: boolean;
}[] = [
	{ kind: 'freeze', status: 'frozen', why: 'declared its participation frozen', aboutCsto: true },
	{
		kind: 'envoy-recalled',
		status: 'strained',
		why: 'recalled its envoy to the organisation',
		aboutCsto: true
	},
	{
		kind: 'strain',
		status: 'strained',
		why: 'accused or refused the organisation, or declined its part in it',
		aboutCsto: true
	},
	{
		kind: 'absent',
		status: 'absent',
		why: 'announced it would stay away from the organisation’s meeting',
		aboutCsto: true
	},
	{ kind: 'appeal', status: 'active', why: 'appealed to the organisation', aboutCsto: true },
	{
		kind: 'chair',
		status: 'active',
		chair: true,
		why: 'chaired the organisation or its meeting',
		aboutCsto: false
	}
];

/** The act each cue family records, where one family is one act. */
const ACTS: Partial<Record<string, StatusAct>> = {
	freeze: 'froze-participation',
	'envoy-recalled': 'recalled-envoy',
	appeal: 'appealed',
	chair: 'chaired'
};

/** The alliance or Armenia's allies in it: "المنظمة", "الحلفاء", "التحالف". */
const ALLIES = /(?:المنظمه|حلفاي|الحلفاء|التحالف|الحلف(?! الاطلسي| شمال)|شركايها)/;

/**
 * "الإعلان الختامي", "البيان الختامي", "الوثيقة الختامية": a meeting's closing document, which in a
 * report of the alliance's meeting is that meeting's.
 */
const CLOSING_DOCUMENT = /(?:الاعلان|البيان|الوثيقه|اعلان|بيان|وثيقه)\s+(?:ال)?ختامي/;

/** "لن ترسل قوات": a member keeping its troops out of what the article reports. */
const NO_TROOPS_SENT = /(?:^|\s)[وف]?لن\s+[يتن]رسل\s+قوات/;

const ACTS_OF = 'ARM';

const actorLike = (e: EntityHit) => e.kind !== 'org' && e.country !== null;

/** An "if" or "whether" right before the cue, in its clause: the act is not said to be done. */
function wondered(norm: string, s: Sentence, cue: CueHit): boolean {
	return s.cues.some(
		(c) =>
			(c.kind === 'irrealis' || c.kind === 'hypothetical') &&
			c.end <= cue.start &&
			cue.start - c.end <= 30 &&
			!/[.،,؛:!?؟]/.test(norm.slice(c.end, cue.start))
	);
}

/** «لم/لن/لا» right before an affirmative cue ("لم تطلب", "لا تتهم"): the act is denied. */
const NEGATED_BEFORE = /(?:^|[\s"«“'(])[وف]?(?:لم|لن|لا)\s+$/;
/** A post to come: "في العام المقبل", "للعام القادم". */
const TO_COME_AFTER = new RegExp(
	`^[^.؛،,]{0,50}(?:${[...COMING_WORDS, ...feminine(COMING_WORDS)].join('|')})(?![\\p{L}])`,
	'u'
);
/** Taking a post from now on: "أن تتسلم", "ستتولى", "سترأس". */
const WILL_TAKE = /(?:^|\s)(?:ان\s+[تي]|س[تي])(?:تسلم|تولي|راس|تراس)\S*\s+(?:\S+\s+){0,2}$/;

/**
 * A negated verb of asking, lodging, intending, raising or announcing a few words before, in the
 * same clause, whose object the act is: "لم تتقدم بأي طلب للخروج من المنظمة", "ولم تبلغ يريفان
 * المنظمة بطلب رسمي", "لا تعتزم الحكومة مغادرة المنظمة", "لم يعلن عن أي نية لمغادرة". Not any
 * negated verb ("لم تتلق يريفان ردا على طلبها", "لم تستجب المنظمة لطلب أرمينيا": the alliance's
 * silence, the appeal made), nor one a subordinate clause leaves ("حين", "عندما", "بعد أن").
 */
const NEGATED_VERB_BEFORE = new RegExp(
	`(?:^|\\s)[وف]?(?:لم|لن|لا)\\s+[يتان]?(?:${[
		'تقدم',
		'قدم',
		'بلغ',
		'طلب',
		'عتزم',
		'نوي',
		'طرح',
		'علن',
		'قرر',
		'فكر',
		'سع',
		'سعي',
		'خطط',
		'تخذ',
		'رفع',
		'وجه'
	].join(
		'|'
	)})\\S{0,3}(?:\\s+(?!(?:حين|عندما|لما|بعد|قبل|اذ|كي|التي|الذي|رغم|برغم|مع|لكن|بل|لذلك|ولذلك|ثم|وانها|وانه|قررت|قرر)(?![\\p{L}]))[^\\s.،,؛:!?؟]+){0,6}\\s+\\S{0,3}$`,
	'u'
);
/**
 * None found, issued or announced of the act: "لم يعثر الفريق على أي إعلان رسمي بالانسحاب", "لا يوجد
 * أي قرار أرميني بتجميد", "لم يعلن باشينيان عن أي نية لمغادرة". A negated verb of finding, being or
 * announcing, «أي» and a noun of a step taken right before the act; not "لم تجد بدا من تجميد" (no
 * choice but to), "لم يصدر أي تعليق على قرار تجميد" (the act is the comment's object).
 */
const FOUND_NONE =
	/(?:^|\s)[وف]?(?:لم|لا|لن)\s+(?:[يتن]?(?:عثر|رصد)|[يتن]جد|يوجد|توجد|[يت]صدر|[يت]علن)\S{0,2}\s+(?:(?!(?:سوي|الا)(?![\p{L}]))[^\s.،,؛:!?؟]+\s+){0,6}?اي\s+(?:اعلان|قرار|بيان|وثيقه|طلب|نيه|خطوه|موشر|دليل|اشاره)\s+(?:(?!(?:بشان|بخصوص|حول|بعد|منذ|ردا|اثر|عقب|الي|يلزم|سوي|الا|بالتراجع|التراجع|تراجع|جديد)(?![\p{L}]))[^\s.،,؛:!?؟]+\s+){0,4}\S{0,3}$/u;

/** The negated verb's subject named right after it, another than Armenia: "لم تقدم المنظمة". */
const OTHER_ACTOR_AFTER =
	/^\s*[وف]?(?:لم|لن|لا)\s+\S+\s+(?:ال)?(?:منظمه|حلف|تحالف|حلفاء|موسكو|روسيا|الكرملين|باكو|اذربيجان|مجلس|امانه|الامين)/;
/** "ليس لديها أي نية لمغادرة", "ليست بصدد الخروج", "ليست في وارد": no intention. */
const NO_INTENT =
	/(?:^|\s)(?:ليس|ليست|لا)\s+(?:لدي\S*|بصدد|في\s+وارد)\s+(?:[^\s.،,؛:!?؟]+\s+){0,3}\S{0,3}$/;
/** What is read past a clause's negated verb: leaving, appealing, freezing. */
const FAR_NEGATION = new Set(['appeal', 'freeze', 'envoy-recalled']);
const LEAVING = /خروج|انسحاب|مغادر|تغادر|تنسحب/;

/**
 * An act said not to be done ("وأن بلاده لم تطلب تدخل المنظمة") or, for chairing, a handover still
 * to come ("وتقرر أن تتسلم أرمينيا رئاسة المجلس في العام المقبل").
 */
function notDone(norm: string, s: Sentence, cue: CueHit, kind: string): boolean {
	const before = norm.slice(Math.max(s.start, cue.start - 30), cue.start);
	if (kind !== 'absent' && NEGATED_BEFORE.test(before)) return true;
	const near = norm.slice(Math.max(s.start, cue.start - 50), cue.start);
	if (
		NO_INTENT.test(near) &&
		(kind === 'freeze' || (kind === 'strain' && LEAVING.test(norm.slice(cue.start, cue.end))))
	)
		return true;
	// Leaving, appealing or freezing: read past a negated verb or a statement of none before it.
	const farAct =
		FAR_NEGATION.has(kind) || (kind === 'strain' && LEAVING.test(norm.slice(cue.start, cue.end)));
	if (farAct) {
		if (FOUND_NONE.test(norm.slice(Math.max(s.start, cue.start - 90), cue.start))) return true;
		const negated = NEGATED_VERB_BEFORE.exec(
			norm.slice(Math.max(s.start, cue.start - 50), cue.start)
		);
		if (
			negated &&
			// "فلم تحصل إلا على مشاورات", "لم يقدم سوى إعلان": an exception affirms.
			!/(?:^|\s)(?:الا|سوي)(?:\s|$)/.test(negated[0]) &&
			// "لم تقدم المنظمة أي دعم …": the alliance's own verb.
			!OTHER_ACTOR_AFTER.test(negated[0])
		)
			return true;
	}
	return (
		kind === 'chair' && (TO_COME_AFTER.test(norm.slice(cue.end, s.end)) || WILL_TAKE.test(before))
	);
}

/** "في كلمته", "خلال خطابها", "في مداخلته": what is said in a speech. */
const SPOKE_AT =
	/(?:^|\s)[وف]?(?:في|خلال)\s+(?:كلمته|كلمتها|كلمتهم|خطابه|خطابها|مداخلته|مداخلتها)(?![\p{L}])/gu;
/** Where the speech was given, when the sentence says: before a meeting or somewhere else. */
const GIVEN_AT = /^\s+(?:امام|خلال|في|اثناء|ب)(?![\p{L}])/u;
/** A speech given elsewhere than at the table: "أمام البرلمان", "في مؤتمر صحفي". */
const ELSEWHERE =
	/^\s+(?:امام|في|خلال|ب)\s*(?:ال)?(?:برلمان|نواب|مجلس النواب|جمعيه|صحفيين|صحافيين|موتمر|طلاب|جامعه|حزب|انصار|مواطنين|شعب)/;
const AT_MEETING =
	/^\s+(?:امام|خلال|في|اثناء)\s+(?:[لب]?ال)?(?:قمه|اجتماع\S*|مجلس الامن الجماعي|جلسه|المجلس)/;

/**
 * "وانتقد باشينيان في كلمته بطء تجاوب المنظمة", in a report of the meeting he spoke at, or "في
 * كلمته أمام القمة": criticism voiced at the table, by a member taking part, is no step away from
 * it. Not "في كلمته أمام البرلمان".
 */
function criticisedAtMeeting(ctx: ArticleContext, s: Sentence, cue: CueHit): boolean {
	const norm = ctx.norm.text;
	const text = norm.slice(s.start, s.end);
	const held = ctx.lastMeeting === 'csto' || s.cues.some((c) => MEETINGS.has(c.kind));
	return (
		[...text.matchAll(SPOKE_AT)].some((m) => {
			const after = text.slice(m.index + m[0].length);
			if (!GIVEN_AT.test(after)) return held;
			return AT_MEETING.test(after) || (held && !ELSEWHERE.test(after));
		}) &&
		strainAct(
			norm.slice(cue.start, cue.end),
			norm.slice(cue.end, Math.min(s.end, cue.end + 80))
		) === 'criticised'
	);
}

/**
 * What ends a denial's reach: another statement ("لكنه انتقد", "بينما اتهمت يريفان", "وأكد أن",
 * "مؤكدا أن").
 */
const DENIAL_ENDS =
	/[.؛!?؟]|[،,]\s*و(?!ان(?:\s|ه|ها))\S{2,}|(?:^|\s)(?:غير|الا)\s+ان|(?:^|\s)[وف]?(?:لكن\S*|بينما|فيما|بل|ثم|في حين|اكد|اكدت|اعلن|اعلنت|اوضح|اوضحت|قال|قالت|موكدا|مشددا|موضحا|معلنا|مضيفا)(?![\p{L}])/u;
/** An intention denied: "نفى نية بلاده الانسحاب", "عزم يريفان", "وجود خطط لدى بلاده". */
const INTENT = /(?:^|\s)[بل]?(?:ال)?(?:نيه|عزم|اعتزام|خطط|خطه|قرار|وجود)(?=\s|$)/;
/** The denial's complement: "أن تكون …", "أنه …", "بأن …". */
const THAT_CLAUSE = /(?:^|\s)(?:ب?ان|انه|انها)(?:\s|$)/;

/**
 * "نفى باشينيان أن تكون حكومته قد اتخذت قرارا بالانسحاب", "نفى التقارير عن انسحاب بلاده": the
 * act inside the denial's complement is denied; one told after it, in another statement, is not.
 */
function denied(norm: string, s: Sentence, cue: CueHit): boolean {
	return s.cues.some((c) => {
		if (c.kind !== 'denial' || c.end > cue.start || cue.start - c.end > 90) return false;
		const between = norm.slice(c.end, cue.start);
		return (
			!DENIAL_ENDS.test(between) &&
			(THAT_CLAUSE.test(between) || INTENT.test(between) || deniedNoun(between))
		);
	});
}

/**
 * "ففي 12 أيار 2021 توغلت وحدات أذربيجانية، وطلبت يريفان مشاورات عاجلة": an act told in a
 * sentence that states one date before it, a month or more before the report, happened then, as
 * the narrative's clauses do; the report's day would put a recalled act years late.
 */
function narratedDate(
	norm: string,
	dated: DateHit[],
	cue: CueHit,
	today: string | null
): string | null {
	const before = dated.filter((d) => !d.relative && d.end <= cue.start);
	if (before.length !== 1 || !today) return null;
	// "على خلفية حرب أيلول 2023", "الذي تولى السلطة في أيار 2018": another happening's date.
	if (ANOTHER_HAPPENING.test(norm.slice(Math.max(0, before[0]!.start - 30), before[0]!.start)))
		return null;
	const date = before[0]!.date!;
	const month = Date.parse(today.slice(0, 7) + '-01') - Date.parse(date.slice(0, 7) + '-01');
	return month >= 30 * 86_400_000 && !/[.؛!?؟]/.test(norm.slice(before[0]!.end, cue.start))
		? date
		: null;
}

const ANOTHER_HAPPENING =
	/(?:^|\s)[وفبل]?(?:ال)?(?:منذ|حرب|احداث|اثر|خلفيه|الذي|التي|اللذين|الذين)(?:\s+\S+){0,3}\s+$/;

/**
 * "فيما يرى محللون أن يريفان تكتفي بتجميد حضورها", "بحسب مراقبين": what analysts or observers
 * think the member does is their reading, not its declaration.
 */
const OPINION =
	/(?:^|\s)[وف]?(?:(?:[يت]?ري|[يت]عتقد|اعتقد|[يت]توقع|توقع|[يت]رجح|رجح|[يت]عتبر|اعتبر|قال|[يت]قول|اكد|[يت]وكد)\s+(?:\S+\s+)?|(?:بحسب|حسب|وفق|وفقا ل|براي)\s*)(?:ال)?(?:محلل|مراقب|خبراء|خبير|معلق|باحث)/;

/** The member's own declaration told after the analysts: "أكد خبراء أن أرمينيا أعلنت رسميا". */
const DECLARED = /(?:^|\s)[وف]?(?:اعلنت|اعلن|قررت|قرر|ابلغت|ابلغ)(?![\p{L}])/u;

/** Analysts' reading before the cue, with no declaration of the member's told between. */
function analystsRead(before: string): boolean {
	const m = OPINION.exec(before);
	return m !== null && !DECLARED.test(before.slice(m.index + m[0].length));
}

/** "غابت عنها القوات الأرمينية", "تغيب عن المناورات الوفد الأرميني": the member's force or envoys. */
const AWAY_FORCE =
	/^\s*(?:عن(?:ها|ه|هما)?\s+)?(?:\S+\s+)?(?:ال)?(?:قوات|وحدات|وفد|ممثل\S*|جنود|عسكريون|عسكريين)\s+$/;

/**
 * Who acts: the subject right after a verb-first cue ("رفضت أرمينيا"), else the last party named
 * before the cue in its clause ("باشينيان … رفض"), else the sentence's first party.
 */
function actorOf(norm: string, s: Sentence, cue: CueHit): string | null {
	const after = s.entities.find(
		(e) =>
			actorLike(e) &&
			e.start >= cue.end &&
			// "الحلف الذي تقوده موسكو": a relative clause's subject is not the cue's.
			!/(?:^|\s)(?:الذي|التي|الذين|اللذين)(?:\s|$)/.test(norm.slice(cue.end, e.start)) &&
			// "لن ترسل قوات إلى أرمينيا": where the troops would go, not who sends them.
			!/(?:^|\s)[وف]?(?:الي|علي|في|داخل)\s+$/.test(norm.slice(cue.end, e.start)) &&
			(e.start - cue.end <= 12 ||
				(cue.kind === 'absent' && AWAY_FORCE.test(norm.slice(cue.end, e.start))))
	);
	if (after) return after.country;
	const clause = clauseAround(norm, s, cue);
	const before = s.entities.filter(
		(e) => actorLike(e) && e.end <= cue.start && e.start >= clause.start
	);
	// Else the sentence's subject: its first party ("أبلغت يريفان المنظمة، …، بطلب رسمي").
	const last = before.at(-1) ?? s.entities.find((e) => actorLike(e) && e.end <= cue.start);
	if (last) return last.country;
	const later = s.entities.find(
		(e) => actorLike(e) && e.start >= cue.end && e.start - cue.end <= 35
	);
	return later?.country ?? null;
}

/**
 * "وأعلنت أرمينيا أنها لن ترسل قوات": who keeps its troops back is the subject named before, with
 * no other body between ("أعلنت المنظمة أنها لن ترسل قوات إلى أرمينيا", "قال الوزير الأرميني إن
 * المنظمة لن ترسل قوات": the alliance's troops, the member the place they would go).
 */
function senderOf(norm: string, s: Sentence, cue: CueHit): string | null {
	// "لن ترسل قوات إلى أوكرانيا": troops kept from somewhere else than the alliance's drills.
	if (TO_ELSEWHERE.test(norm.slice(cue.end, Math.min(s.end, cue.end + 30)))) return null;
	const last = s.entities.findLast((e) => e.end <= cue.start && (actorLike(e) || e.kind === 'org'));
	if (!last || last.kind === 'org') return null;
	return BODY_NAMED.test(norm.slice(last.end, cue.start)) ? null : last.country;
}
/** A destination after the troops that is not the alliance's drills. */
const TO_ELSEWHERE =
	/^\s*(?:\S+\s+)?(?:الي|ل)\s+(?!(?:ال)?(?:مناورات|تدريبات|تمارين|تمرين|مناوره)(?![\p{L}]))/u;
/** The alliance or a body named by its common noun ("إن المنظمة لن ترسل"). */
const BODY_NAMED = /(?:^|\s)[وفبل]?(?:ال|لل)(?:منظمه|حلف|تحالف|تكتل|مجلس)(?![\p{L}])/u;

/** An apology verb as the act of a rule: declining to host or send strains, declining to attend is absence. */
function declines(norm: string, s: Sentence, c: CueHit, kind: string): boolean {
	if (c.kind !== 'decline' || (kind !== 'strain' && kind !== 'absent')) return false;
	const what = declinedObject(norm.slice(c.end, s.end))?.what;
	return kind === 'absent' ? what === 'attend' : what === 'host' || what === 'send';
}

/** "بأنه لن يحضر.", "إنه لن يشارك،": an absence announced with no meeting named. */
const BARE_ABSENCE = /(?:^|\s)[فو]?[با]?[ان]نه\s+لن\s+[يت](?:حضر|شارك)\s*(?:[.،,؛!]|$)/;

export function readStatusEvidence(
	ctx: ArticleContext,
	s: Sentence,
	notes: string[]
): StatusEvidence[] {
	const norm = ctx.norm.text;
	if (!s.entities.some((e) => e.country === ACTS_OF && e.kind !== 'org')) return [];
	if (underScenario(norm, s)) return [];
	// "ورفض باشينيان التوقيع على البيان الختامي للقمة": the article's CSTO meeting, named back.
	const meetingBack =
		ctx.aboutCsto &&
		s.cues.some((c) => MEETINGS.has(c.kind)) &&
		!s.entities.some((e) => e.kind === 'org' && OTHER_ORGS.has(e.id));
	const aboutCsto =
		namesCsto(norm, s) ||
		ALLIES.test(norm.slice(s.start, s.end)) ||
		meetingBack ||
		(ctx.aboutCsto &&
			ctx.lastMeeting === 'csto' &&
			(BARE_ABSENCE.test(norm.slice(s.start, s.end)) ||
				CLOSING_DOCUMENT.test(norm.slice(s.start, s.end)))) ||
		// "وأعلنت أرمينيا أنها لن ترسل قوات هذه المرة": in a report of the alliance's drills, its own.
		(ctx.aboutCsto &&
			NO_TROOPS_SENT.test(norm.slice(s.start, s.end)) &&
			!s.entities.some((e) => e.kind === 'org' && OTHER_ORGS.has(e.id)));
	for (const rule of RULES) {
		if (rule.aboutCsto && !aboutCsto) continue;
		let actor: string | null = null;
		const cue = s.cues.find((c) => {
			if (c.kind !== rule.kind && !declines(norm, s, c, rule.kind)) return false;
			// "لترى إن كان باشينيان سيقاطعها", "إذا رفضت يريفان": an act only wondered about.
			if (wondered(norm, s, c) || denied(norm, s, c) || notDone(norm, s, c, rule.kind))
				return false;
			if (c.kind === 'strain' && rule.kind === 'strain' && criticisedAtMeeting(ctx, s, c))
				return false;
			// A freeze is declared: analysts' reading of it is none (a mood they describe still is).
			if (rule.kind === 'freeze' && analystsRead(norm.slice(s.start, c.start))) return false;
			actor = NO_TROOPS_SENT.test(norm.slice(Math.max(s.start, c.start - 4), c.end))
				? senderOf(norm, s, c)
				: actorOf(norm, s, c);
			// Acts are read for Armenia, whose drift the cues were written for; the other members'
			// standing comes from their attendance at the merged meetings (buildEventSet.ts).
			return actor === ACTS_OF;
		});
		if (!cue || actor === null) continue;
		const member: string = actor;
		const mentions = s.entities.filter((e) => e.country === member && e.kind !== 'org');
		// Chairing must be the member's own: its name right after "برئاسة" or its leader right before "ترأس".
		if (
			rule.chair &&
			!mentions.some(
				(m) =>
					(m.start >= cue.end && m.start - cue.end < 25) ||
					(m.end <= cue.start && cue.start - m.end < 40)
			)
		)
			continue;
		// "هذا العام" describes a period; an act is dated by its day or month.
		const dated = s.dates.filter(
			(d) =>
				d.date !== null &&
				d.date.length >= 7 &&
				d.problems.length === 0 &&
				!(ctx.retrospective && d.relative)
		);
		const recalled = s.cues.some((c) => c.kind === 'past-reference');
		// "اتهم في وقت سابق المنظمة بالفشل خلال اشتباكات 2021 و2022": recalled after the last of them.
		// "لن يشارك", "يعتذر عن حضور": the act is the announcement, on the day it is made.
		const announced =
			rule.status === 'absent' &&
			/^(?:لن|[يت]?عتذر|اعتذر|سيعتذر|ستعتذر)/.test(norm.slice(cue.start, cue.end));
		const own = announced
			? // "وقال باشينيان في الـ14 منه إنه لن يحضر": told on a day the sentence states before it.
				(dated
					.filter(
						(d) =>
							d.date!.length === 10 &&
							d.end <= cue.start &&
							!ANOTHER_HAPPENING.test(norm.slice(Math.max(s.start, d.start - 30), d.start))
					)
					.at(-1)?.date ?? null)
			: recalled
				? (dated
						.map((d) => d.date!)
						.sort()
						.at(-1) ?? null)
				: (pickDate(norm, s, cue, dated, false)?.date ?? null);
		// A strain dated by the report's own month only ("نهاية الأسبوع الماضي"): the relation as of
		// the report, not from the month's first day, before what the article reports earlier in
		// it. (An absence stays with the month: it is from meetings held in it.)
		const asOfReport =
			rule.status === 'strained' && own?.length === 7 && !recalled && ctx.anchor?.startsWith(own)
				? ctx.anchor
				: own;
		const today =
			recalled || ctx.retrospective
				? null
				: (stampAt(ctx.stamps, s.start) ?? ctx.newsDay ?? ctx.anchor);
		const date = asOfReport ?? narratedDate(norm, dated, cue, today) ?? today;
		const source = sourceOf(ctx, s);
		// Staying away from an exercise is sending no troops: strained, not absent from meetings.
		const meeting = s.cues.some((c) => MEETINGS.has(c.kind));
		const drill =
			s.cues.some((c) => c.kind === 'exercise' || c.kind === 'troops') ||
			NO_TROOPS_SENT.test(norm.slice(Math.max(s.start, cue.start - 4), cue.end));
		const status = rule.status === 'absent' && drill && !meeting ? 'strained' : rule.status;
		// "أبلغ لوكاشينكو … بأنه لن يحضر.": a bare announced absence, in a report of the alliance's
		// meeting, is from that meeting.
		const bare =
			announced &&
			ctx.lastMeeting === 'csto' &&
			/^\s*(?:[.،,؛!]|$)/.test(norm.slice(cue.end, Math.min(s.end + 1, cue.end + 4)));
		if (rule.status === 'absent' && !meeting && !drill && !bare) continue;
		const act: StatusAct =
			rule.kind === 'strain'
				? strainAct(
						norm.slice(cue.start, cue.end),
						norm.slice(cue.end, Math.min(s.end, cue.end + 80))
					)
				: rule.status === 'absent'
					? status === 'strained'
						? 'sent-no-troops'
						: announced
							? 'announced-absence'
							: 'absent-from-meeting'
					: ACTS[rule.kind]!;
		if (!date) {
			notes.push(
				`${member} ${rule.why}, but the sentence gives no date: "${source.quote.slice(0, 120)}"`
			);
			return [];
		}
		return [
			{
				country: member,
				status,
				...(rule.chair ? { chair: true } : {}),
				date,
				source,
				act,
				why: rule.why,
				...(rule.chair ? { routine: true as const } : {}),
				...(own ? {} : { byArticleDay: true as const })
			}
		];
	}
	return [];
}
