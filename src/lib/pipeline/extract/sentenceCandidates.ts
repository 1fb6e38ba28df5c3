/**
 * A sentence's frames: for each trigger, what kind of happening it names, whose it is (CSTO
 * attribution), what the sentence asserts of it (modality), when (the trigger's own date), where
 * and who. A frame becomes a candidate when it is reported, or a meeting announced for a stated
 * day; anything else is kept as a rejection with its reason, for the report.
 *
 * - A summit needs the CSTO: named in the sentence, or the article is about it and the trigger
 *   points back to its meeting ("القمة") with no other body, sport or phone call at it.
 * - A clash needs a member state among the parties named in the trigger's clause.
 * - A deployment needs the alliance's forces or exercises; an exercise, troops or arms named
 *   without them may only support the article's attributed deployment (consolidateArticle).
 */
import { spanOfDays } from '../dates/spanOfDays';
import { isMember } from '../../model/members';
import type { EventType } from '../../model/schema';
import { fold } from '../text/normalize';
import { allMembers } from './allMembers';
import { betweenParties, namesPairBack } from './betweenParties';
import {
	anaphoricOrPlaced,
	CSTO,
	deniesCsto,
	namesCsto,
	OTHER_ORGS,
	otherEvent,
	otherOwner,
	senderNamedBack
} from './attribution';
import { clauseAround } from './clause';
import type { ArticleContext } from './context';
import type { CueHit } from './findCues';
import { brokeredAlone, isMediator } from './isMediator';
import { causeClause } from './causeClause';
import { composedOf, composingClause } from './composedOf';
import { resumesMention } from './resumesMention';
import { peacefulProtest } from './peacefulProtest';
import { isOfficeMention } from './leaderMentions';
import { ATTENDANCE_KINDS } from './cueLexicon';
import { modalityOf, type Modality } from './modality';
import { pickDate } from './pickDate';
import { dayOffset, daysBeforeSummit } from './dayOffset';
import { saysLater } from './saysLater';
import { isLocation, pickPlace } from './pickPlace';
import { readAttendance } from './readAttendance';
import { sourceOf } from './sourceOf';
import { timedEntryDay } from './timedEntryDay';
import { toldDone } from './toldDone';
import { underScenario } from './underScenario';
import { verbForms } from './verbForms';
import type { Candidate, DateHit, EntityHit, Sentence, Subtype } from './types';

const PEACEKEEPING = /حفظ السلام/;

const has = (s: Sentence, kind: string) => s.cues.some((c) => c.kind === kind);
const hitsOf = (s: Sentence, kinds: string[]) => s.cues.filter((c) => kinds.includes(c.kind));

/**
 * "الانسحاب من المنظمة", "انسحاب بلادهم من المنظمة", "انسحاب أرمينيا من الحلف": a member (up to two
 * words, not troops) leaving the alliance.
 */
const LEAVING_ALLIANCE =
	/^\s*(?:(?!(?:ال)?(?:قوات|قوه|وحدات|وحده|كتيبه|عناصر|جنود|عسكريين)(?![\p{L}]))\p{L}+\s+){0,2}?(?:من\s+)?(?:المنظمه|الحلف|التحالف|التكتل|عضويه|منظمه معاهده)/u;

const STATEMENT_BEFORE =
	/(بيان|اعلن|اعلنت|صرح|صرحت|قال|قالت|اكد|اكدت|ذكر|ذكرت|افاد|افادت|افادت به|نقلت|تصريح|تصريحات|موتمر صحفي)\s*(?:\S+\s*){0,3}$/;

/**
 * "أعلنت الوزارة اليوم الأربعاء انتهاء سحب القوات": a statement whose object is a phase of the
 * happening (its end, completion or start) announces it that day.
 */
const PHASE_AFTER =
	/^[\s،,]*(?:\S+\s+){0,3}?(?:انتهاء|اكتمال|استكمال|بدء|انطلاق|بدايه|نهايه|اختتام)\s/;

/** A date that dates a statement ("أكد الكرملين في بيان يوم الثلاثاء") rather than an event. */
function datesStatement(norm: string, s: Sentence, d: DateHit): boolean {
	return (
		STATEMENT_BEFORE.test(norm.slice(Math.max(s.start, d.start - 40), d.start).trimEnd()) &&
		!PHASE_AFTER.test(norm.slice(d.end, d.end + 50))
	);
}

/** "بحلول نهاية العام", "حتى 2024": a deadline, not the day something happened. */
const DEADLINE_BEFORE =
	/(بحلول|حتي|قبل|موعد اقصاه|في موعد لا يتجاوز)\s*(?:نهايه|مطلع|منتصف|اواخر)?\s*$/;

/**
 * "منذ", or "منذ" and a noun or two ("منذ حرب", "منذ اندلاع الحرب"), right before the date; not
 * a time of day or a part of the month ("منذ فجر أمس" is when it began).
 */
const SINCE_BEFORE =
	/(?:^|\s)[وف]?منذ(?:\s+(?!(?:يوم|مطلع|منتصف|اواخر|اوايل|بدايه|نهايه|فجر|صباح|مساء|ليل|ليله|ظهر|عصر)\s)\S+){0,2}\s*$/u;

/** "منذ" right before the date, no noun between. */
const SINCE_ALONE = /(?:^|\s)[وف]?منذ\s*$/u;

/**
 * A date that says since when, not when: "منذ الأسبوع الماضي", "منذ حرب العام الماضي". A day
 * right after "منذ" is when a happening still going on began ("تبادل الجيشان القصف منذ
 * الأربعاء", "تجري منذ الجمعة مناورات …"): that one dates it.
 */
function sinceWhen(before: string, d: DateHit): boolean {
	return SINCE_BEFORE.test(before) && !(d.date?.length === 10 && SINCE_ALONE.test(before));
}

function usableDates(ctx: ArticleContext, s: Sentence): DateHit[] {
	const norm = ctx.norm.text;
	return s.dates.filter(
		(d) =>
			(d.date !== null || d.dayMonth !== null) &&
			d.problems.length === 0 &&
			// An "on this day" piece's "today" is the anniversary, not the day of the happening.
			// ("من العام الماضي" after «في مثل هذا اليوم» is the year recalled: its day is today's.)
			!(
				ctx.retrospective &&
				d.relative &&
				!(d.date?.length === 4 && anniversaryDay(ctx, s, d.date) !== null)
			) &&
			// "منذ الأسبوع الماضي" is since when, not when ("منذ يومين" is read as a count); so is
			// "في أعنف قتال منذ حرب العام الماضي": the happening compared with.
			// The words before it are read inside its sentence only: "…البيانات العامة. وفي أيلول
			// 2022، حين قصفت …" is not a statement's date.
			!sinceWhen(norm.slice(Math.max(s.start, d.start - 30), d.start), d) &&
			!datesStatement(norm, s, d) &&
			!DEADLINE_BEFORE.test(norm.slice(Math.max(s.start, d.start - 30), d.start).trimEnd())
	);
}

/** Countries named as places or parties in the trigger's clause, not as a speaker's office. */
function partyCountries(norm: string, s: Sentence, trigger: CueHit): string[] {
	const clause = clauseAround(norm, s, trigger);
	const out: string[] = [];
	// ("وأعلنت الخارجية الروسية أن وقف إطلاق النار دخل حيز التنفيذ بوساطة من وزير الدفاع الروسي":
	// the mediating nation is none of the parties, however else the sentence names it.)
	const inClause = s.entities.filter(
		(e): e is EntityHit & { country: string } =>
			e.country !== null && e.start >= clause.start && e.end <= clause.end
	);
	const mediators = new Set(inClause.filter((e) => isMediator(norm, e)).map((e) => e.country));
	for (const e of inClause) {
		if (e.kind === 'person' || e.kind === 'org' || mediators.has(e.country)) continue;
		// ("وأكد … أن الجيش الأرميني لم يشارك في القتال": a side that stayed out is none.)
		if (isOfficeMention(norm, e, s.entities) || stayedOutOfFighting(norm, e)) continue;
		if (e.kind === 'place' && !isLocation(norm, e, trigger, reachAfter(trigger))) continue;
		if (!out.includes(e.country)) out.push(e.country);
	}
	if (out.length === 1) {
		const lone = s.entities.find((e) => e.country === out[0] && e.start >= clause.start);
		if (lone && brokeredAlone(norm, lone, trigger.start)) return [];
	}
	return out;
}

/**
 * How far after its trigger a place is still where it happened: "قصفت المدفعية الأذربيجانية جرموك
 * وغوريس", "القصف طال مدن جرموك" name the towns struck after the attack, and their country is a
 * party; other triggers keep isLocation's own reach.
 */
const reachAfter = (trigger: CueHit) => (trigger.kind === 'clash' ? 60 : undefined);

/** What stands between an absence and the member absent: up to three words, no break. */
const AWAY_OBJECT = /^\s*(?:(?!و)[^\s،,.؛:!?؟]+\s+){0,3}\S{0,3}$/u;

/** After the one who declines: taking part, attending, sending or hosting ("عن المشاركة فيها"). */
const TAKING_PART_AFTER =
	/^\s*(?:(?:عن|في)\s+)?(?:عدم\s+)?(?:ال)?(?:مشارك|حضور|انضمام|ارسال|ايفاد|استضاف)/;

/**
 * "وكان يُفترض أن ينتقل قسم من المشاركين إلى قرغيزيا", "على أن تنتقل إلى …": where troops were
 * or are still to go is not where they are. A «إلى» whose verb a plan word governs, nothing
 * told done between.
 */
function plannedDestination(norm: string, s: Sentence, e: EntityHit): boolean {
	if (!/(?:^|\s)[وف]?(?:الي|نحو)\s+$/.test(norm.slice(Math.max(s.start, e.start - 6), e.start)))
		return false;
	return s.cues.some(
		(c) =>
			c.kind === 'planned' &&
			c.end <= e.start &&
			e.start - c.end <= 60 &&
			!/[.؛!?؟،]/.test(norm.slice(c.end, e.start)) &&
			!s.cues.some(
				(d) => (d.kind === 'occurred' || d.kind === 'held') && d.start >= c.end && d.end <= e.start
			)
	);
}

/**
 * "من دون", "بدون", "دون", "بلا", "باستثناء" right before a member (two words between at most: "من
 * دون أي جندي أرميني", "بلا أي جندي أرميني", "كل الدول باستثناء أرمينيا").
 */
const WITHOUT_BEFORE =
	/(?:^|\s)(?:من\s+)?(?:دون|بدون|بغير|بلا|دونما|باستثناء|عدا|سوي)\s+(?:\S+\s+){0,2}$/;

/**
 * "ولم ترسل أرمينيا إليها أي جندي", "أرمينيا التي لن تشارك فيها": a member whose sending or taking
 * part is negated, named right after the verb or as its subject right before it.
 */
const NOT_SENT_VERB = '(?:لم|لن)\\s+[تي](?:رسل|شارك|ساهم|بعث|وفد)\\S{0,2}';
const NOT_SENT_BEFORE = new RegExp(`(?:^|\\s)[وف]?${NOT_SENT_VERB}\\s+$`);
const NOT_SENT_AFTER = new RegExp(`^\\s+(?:التي\\s+|الذي\\s+)?${NOT_SENT_VERB}(?![\\p{L}])`, 'u');

/**
 * "الجيش الأرميني لم يشارك في القتال", "ليس طرفا في المعارك": a member that stayed out of the
 * fighting itself (not "أرمينيا التي لم تشارك في مناورات المنظمة", another happening).
 */
const OUT_OF_FIGHTING =
	/^\s+(?:(?:لم|لن|لا)\s+[تي](?:شارك|تدخل|قاتل)\S{0,2}|(?:ليس|ليست|ليسوا)\s+طرفا)\s+(?:في\s+)?(?:ال)?(?:قتال|اشتباك\S*|معارك|مواجه\S*|حرب|عمليه\s+العسكريه)(?![\p{L}])/u;
function stayedOutOfFighting(norm: string, e: EntityHit): boolean {
	return OUT_OF_FIGHTING.test(norm.slice(e.end, e.end + 48));
}

function notSent(norm: string, s: Sentence, e: EntityHit): boolean {
	return (
		NOT_SENT_BEFORE.test(norm.slice(Math.max(s.start, e.start - 16), e.start)) ||
		NOT_SENT_AFTER.test(norm.slice(e.end, e.end + 24))
	);
}

/** Countries a deployment involves, anywhere in the sentence. */
function sentenceCountries(norm: string, s: Sentence): string[] {
	const out: string[] = [];
	// "فيما غابت أرمينيا", "باستثناء أرمينيا", "من دون مشاركة أي عسكري أرميني": a member staying
	// away is no party; nor is one declining to take part ("امتنعت أرمينيا عن المشاركة فيها",
	// "رفضت يريفان إرسال قوات").
	const away = s.cues.filter((c) => c.kind === 'absent');
	// (Not "ولم تعتذر أرمينيا عن المشاركة فيها": it took part.)
	const declining = s.cues.filter(
		(c) =>
			(c.kind === 'decline' || c.kind === 'refused') &&
			!/(?:^|\s)[وف]?(?:لم|لا|لن)\s+$/.test(norm.slice(Math.max(s.start, c.start - 6), c.start))
	);
	for (const e of s.entities) {
		if (e.country === null || e.kind === 'person' || e.kind === 'org') continue;
		if (isOfficeMention(norm, e)) continue;
		if (away.some((c) => e.start >= c.end && AWAY_OBJECT.test(norm.slice(c.end, e.start))))
			continue;
		// "انطلقت في بيلاروسيا من دون أرمينيا", "بدون القوات الأرمينية".
		if (WITHOUT_BEFORE.test(norm.slice(Math.max(s.start, e.start - 20), e.start))) continue;
		if (notSent(norm, s, e)) continue;
		if (plannedDestination(norm, s, e)) continue;
		if (
			declining.some(
				(c) =>
					e.start >= c.end &&
					AWAY_OBJECT.test(norm.slice(c.end, e.start)) &&
					TAKING_PART_AFTER.test(norm.slice(e.end, e.end + 30))
			)
		)
			continue;
		if (e.kind === 'place' && !isLocation(norm, e)) continue;
		if (!out.includes(e.country)) out.push(e.country);
	}
	return out;
}

/** A named exercise: the «…» or "…" right after the trigger, without its year. */
function exerciseName(ctx: ArticleContext, s: Sentence, trigger: CueHit): string | null {
	const tail = ctx.norm.text.slice(trigger.end, Math.min(s.end, trigger.end + 40));
	const m = /^[^«"“]{0,25}[«"“]([^»"”]{2,40})[»"”]/.exec(tail);
	if (!m) return null;
	const name = m[1]!
		.replace(/[\d\-–—_/]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return name.length >= 2 ? name : null;
}

interface Frame {
	type: EventType;
	subtype: Subtype;
	cue: CueHit;
	countries: string[];
	modality: Modality;
	/** The alliance is behind it (always true for clashes, which need member parties instead). */
	attributed: boolean;
	exercise: string | null;
}

export interface Rejection {
	type: EventType;
	reason: string;
	quote: string;
}

const REASONS: Record<Exclude<Modality, 'reported'>, string> = {
	planned: 'announced or planned, not reported as held',
	decided: 'a decision to act, not the act',
	offered: 'offered or proposed, not carried out',
	cancelled: 'called off or postponed',
	refused: 'refused',
	negated: 'stated as not happening',
	hypothetical: 'hypothetical or feared',
	reference: 'named only as a point of reference, with no date of its own',
	described: 'says what the body or force is or comprises, not that anything happened',
	referred: 'a matter brought before the council, not a session of it',
	claimed: 'what a circulated post or video claims, not a report'
};

function reject(
	rejected: Rejection[],
	ctx: ArticleContext,
	s: Sentence,
	type: EventType,
	reason: string
): void {
	rejected.push({ type, reason, quote: sourceOf(ctx, s).quote });
}

const OTHER_MEETING = 'another organisation’s, a sport or a phone call, not a CSTO meeting';
const POINTS_BACK = 'points back to another body’s meeting, named before';

/** Cue kinds that can open a frame of each type: a sentence with none is not read further. */
const SUMMIT_TRIGGERS = new Set(['summit', 'ministerial']);
const DEPLOYMENT_TRIGGERS = new Set(['withdrawal', 'exercise', 'troops', 'supply']);
const triggers = (s: Sentence, kinds: Set<string>) => s.cues.some((c) => kinds.has(c.kind));

/** "اجتمع وزراء الدفاع", "يلتقي وزراء الخارجية": the verb to meet holds a meeting. */
const MET_FORMS = [
	...verbForms('اجتمع', 'جتمع').affirmed,
	...verbForms('التقى', 'لتقي').affirmed,
	'التقوا'
].map(fold);
const MET = new RegExp(`(?:^|\\s)[وف]?(?:${MET_FORMS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** Letters every form holds: a sentence without them is turned away before the regex. */
const MET_STEMS = ['جتمع', 'لتقي', 'لتقو'].map(fold);
if (!MET_FORMS.every((v) => MET_STEMS.some((stem) => v.includes(stem))))
	throw new Error('a form of the verb to meet holds none of MET_STEMS');
/** "قادة الدول الأعضاء", "القادة الستة": the leaders, a meeting only where they meet. */
const PEOPLE = /^[وفبل]?(?:ال)?(?:قاده|زعماء)/;

/**
 * The sentence says people met, were present, spoke or acted together: "التقى قادة الدول الأعضاء",
 * "بحضور قادة الدول الست", "وقع قادة الدول الأعضاء"; "شكر قادة الدول الأعضاء" is none.
 */
function gathers(norm: string, s: Sentence): boolean {
	return (
		s.cues.some((c) => GATHERING.has(c.kind)) ||
		sentenceMet(norm, s) ||
		TOGETHER.test(norm.slice(s.start, s.end))
	);
}
/**
 * Words of leaders together, as one list: brought together ("جمعت القمة قادة الدول الست", "على
 * طاولة واحدة", "توافد القادة"), or acting together at a meeting ("وقع قادة الدول الأعضاء على
 * إعلان", "أقر زعماء دول المنظمة الميزانية", "بحث القادة", "اتفق القادة").
 */
const TOGETHER_WORDS = [
	...['جمع', 'جمعت', 'يجمع', 'تجمع', 'ستجمع', 'سيجمع', 'توافد', 'توافدوا', 'طاولة واحدة'],
	...['وقع', 'وقعوا', 'يوقع', 'أقر', 'أقروا', 'يقر', 'اعتمد', 'اعتمدوا', 'تبنى', 'تبنوا'],
	...['صادق', 'صادقوا', 'بحث', 'بحثوا', 'ناقش', 'ناقشوا', 'اتفق', 'اتفقوا', 'تباحث', 'تداول']
].map(fold);
const TOGETHER = new RegExp(`(?:^|\\s)[وف]?(?:${TOGETHER_WORDS.join('|')})(?![\\p{L}])`, 'u');
const GATHERING = new Set([
	'held',
	'occurred',
	'present',
	'video',
	'chair',
	'speech',
	'absent',
	'meeting'
]);

function sentenceMet(norm: string, s: Sentence): boolean {
	const text = norm.slice(s.start, s.end);
	return MET_STEMS.some((stem) => text.includes(stem)) && MET.test(text);
}

function anotherBlocMet(norm: string, s: Sentence): boolean {
	return (
		// Cheapest first: most sentences name no other body.
		s.entities.some((e) => e.kind === 'org' && OTHER_ORGS.has(e.id)) &&
		(has(s, 'meeting') || has(s, 'held') || sentenceMet(norm, s)) &&
		!namesCsto(norm, s)
	);
}

/** The leaders right after a meeting noun: "لقادة", "رؤساء دول", "زعماء". */
const LEADERS_AFTER = /^\s*[ل]?(?:ال)?(?:قاده|روساء|زعماء)(?![\p{L}])/u;
/**
 * The leaders attending: "بمشاركة قادة الدول الأعضاء", "رؤساء روسيا وبيلاروسيا", "الرؤساء بوتين
 * ولوكاشينكو". Not commanders, delegations or parliaments ("قادة عسكريين", "رؤساء هيئات الأركان",
 * "رؤساء الوفود", "رؤساء البرلمانات").
 */
const LEADERS_ATTEND =
	/^\s*(?:ال)?(?:قاده|روساء|زعماء)(?!\s+(?:ال)?(?:اركان|جيوش|جيش|قوات|حرس|اجهزه|عسكري\S*|هييات|هييه|وفود|برلمان\S*|مجالس|لجان|امن|اداره|ادارات)(?![\p{L}]))(?![\p{L}])/u;

/**
 * The meeting nouns the leaders follow: "اجتماعا لقادة منظمة …", "اجتماع رؤساء الدول", or
 * attend: "عقد الاجتماع في موسكو … بمشاركة قادة دول المنظمة".
 */
function leadersMeetings(norm: string, s: Sentence): CueHit[] {
	const attended = hitsOf(s, ['present']).filter((p) =>
		LEADERS_ATTEND.test(norm.slice(p.end, p.end + 24))
	);
	const ministers = hitsOf(s, ['ministerial']);
	return hitsOf(s, ['meeting']).filter(
		(c) =>
			LEADERS_AFTER.test(norm.slice(c.end, c.end + 16)) ||
			// Not a meeting of ministers the leaders attend ("اجتماع لوزراء الدفاع بحضور …").
			(!ministers.some((m) => m.start >= c.end && m.start - c.end <= 6) &&
				attended.some(
					(p) =>
						p.start > c.end && p.start - c.end <= 80 && !/[.؛!?؟]/.test(norm.slice(c.end, p.start))
				))
	);
}

/** A cue inside or right after a "before"/"eve" cue: the meeting as a point of reference. */
const isRef = (refs: CueHit[], c: CueHit) =>
	refs.some(
		(r) => (c.start >= r.start && c.end <= r.end) || (c.start >= r.end && c.start - r.end <= 4)
	);

/** A sentence opening another story: "وفي سياق آخر", "على صعيد منفصل", "وفي خبر آخر". */
const ANOTHER_STORY =
	/^[وف]?(?:(?:في|علي)\s+(?:سياق|صعيد|شان|موضوع)\s+(?:اخر|منفصل|مختلف)|(?:في\s+)?(?:خبر|نبا)\s+اخر)(?![\p{L}])/u;

/** Reported before planned before the rest. */
const rank = (f: Frame) => (f.modality === 'reported' ? 0 : f.modality === 'planned' ? 1 : 2);

function summitFrames(ctx: ArticleContext, s: Sentence, rejected: Rejection[]): Frame[] {
	const norm = ctx.norm.text;
	const leaders = leadersMeetings(norm, s);
	if (!triggers(s, SUMMIT_TRIGGERS) && leaders.length === 0) {
		// "اجتمع رؤساء دول رابطة الدول المستقلة": another bloc met, with no meeting noun; a later
		// "القمة" is that one.
		if (anotherBlocMet(norm, s)) ctx.lastMeeting = 'other';
		return [];
	}
	const csto = namesCsto(norm, s);
	// Another body named, or the alliance named only to be denied: not the article's meeting.
	const foreign =
		s.entities.some((e) => e.kind === 'org' && OTHER_ORGS.has(e.id)) || deniesCsto(norm, s);
	const frames: Frame[] = [];
	// "التي سبقت القمة", "عشية القمة": the summit is a point of reference, not a new mention.
	const counted = daysBeforeSummit(norm, s);
	const refs = [
		...hitsOf(s, ['before', 'eve']),
		...(counted ? [{ kind: 'before' as const, start: counted.start, end: counted.end }] : [])
	];
	const summitCues = hitsOf(s, ['summit']).filter(
		(c) => !isRef(refs, c) && (!PEOPLE.test(norm.slice(c.start, c.end)) || gathers(norm, s))
	);
	const ministerial = hitsOf(s, ['ministerial'])[0];
	const cues: [CueHit, Subtype][] = summitCues.map((cue) => [
		cue,
		s.cues.some((x) => x.kind === 'extraordinary' && x.start >= cue.end && x.start - cue.end < 30)
			? 'extraordinary'
			: 'leaders'
	]);
	// A meeting of the leaders is a summit.
	const leadersMeeting = summitCues.length === 0 ? leaders.find((c) => !isRef(refs, c)) : undefined;
	if (leadersMeeting) cues.push([leadersMeeting, 'leaders']);
	// A ministerial council is a meeting of its own, unless the sentence is about the summit.
	if (
		ministerial &&
		(has(s, 'meeting') ||
			has(s, 'held') ||
			has(s, 'occurred') ||
			// "الاجتماع الوزاري": the cue names the meeting itself.
			norm.slice(ministerial.start, ministerial.end).includes('اجتماع') ||
			sentenceMet(norm, s))
	)
		if (!summitCues.some((c) => c.start < ministerial.start))
			cues.push([ministerial, 'ministerial']);
	let owner: ArticleContext['lastMeeting'] = null;
	for (const [cue, subtype] of cues) {
		const others = otherOwner(norm, s, cue, OTHER_ORGS);
		if (others || otherEvent(norm, s, cue)) {
			reject(rejected, ctx, s, 'summit', OTHER_MEETING);
			// Another body named as the meeting's owner; bilateral talks, a sport or a call own no
			// later "القمة".
			if (others === 'organisation') owner ??= 'other';
			continue;
		}
		// "القمة" points back to the meeting last named: after another body's, it is that one. "وفي
		// سياق آخر، استضافت بغداد اجتماعا لوزراء خارجية دول الجوار": another story, whose meeting is
		// the alliance's only if it says so.
		// ("وفي سياق آخر، عقد وزراء دفاع الدول الأعضاء في المنظمة اجتماعا": the alliance named back.)
		const elsewhere =
			ANOTHER_STORY.test(norm.slice(s.start, s.start + 30)) &&
			!/(?:^|\s)[وفبل]?(?:ال|لل)منظمه(?![\p{L}])/u.test(norm.slice(s.start, s.end));
		if (elsewhere && !csto) owner ??= 'other';
		const attributed =
			csto ||
			(ctx.aboutCsto &&
				!foreign &&
				!elsewhere &&
				ctx.lastMeeting !== 'other' &&
				anaphoricOrPlaced(norm, s, cue));
		if (!attributed) {
			reject(
				rejected,
				ctx,
				s,
				'summit',
				ctx.lastMeeting === 'other' ? POINTS_BACK : 'no sign that the meeting is the CSTO’s'
			);
			continue;
		}
		if (csto) owner = 'csto';
		frames.push({
			type: 'summit',
			subtype,
			cue,
			countries: [],
			modality: modalityOf(norm, s, cue, true),
			attributed: true,
			exercise: null
		});
	}
	if (owner) ctx.lastMeeting = owner;
	// One frame per subtype: several cues for the same meeting in one sentence are one mention,
	// the one the sentence reports before one it negates or plans.
	const best = [...frames].sort((a, b) => rank(a) - rank(b));
	return best.filter((d, i) => best.findIndex((x) => x.subtype === d.subtype) === i);
}

function clashFrames(ctx: ArticleContext, s: Sentence, rejected: Rejection[]): Frame[] {
	const norm = ctx.norm.text;
	let unattributed: Frame | null = null;
	let protest = false;
	for (const cue of hitsOf(s, ['clash', 'unrest'])) {
		if (peacefulProtest(norm, s, cue)) {
			protest = true;
			continue;
		}
		const own = partyCountries(norm, s, cue);
		let countries = own.length > 0 ? own : betweenParties(norm, s);
		// "تبادلت قوات البلدين إطلاق النار": the two parties the article named before.
		if (countries.length < 2 && ctx.pair.length === 2 && namesPairBack(norm, s, cue))
			countries = [...new Set([...ctx.pair, ...countries])];
		const subtype: Subtype = cue.kind === 'clash' ? 'border-clash' : 'unrest';
		const frame: Frame = {
			type: 'clash',
			subtype,
			cue,
			countries,
			modality: modalityOf(norm, s, cue),
			attributed: true,
			exercise: null
		};
		if (countries.length === 0) {
			// "فتحولت المشادات إلى مواجهات": the article's clash told on; it may only support it.
			unattributed ??= { ...frame, attributed: false };
			continue;
		}
		if (!countries.some(isMember)) {
			reject(rejected, ctx, s, 'clash', 'no member state among the parties named with the clash');
			continue;
		}
		return [frame];
	}
	if (!unattributed && protest)
		reject(rejected, ctx, s, 'clash', 'a protest with no violence told, not a clash');
	return unattributed ? [unattributed] : [];
}

/** "بناء على طلب من رئيس كازاخستان": the member whose leader asked for troops hosts them. */
function requestingCountry(s: Sentence): string | null {
	const request = s.cues.find((c) => c.kind === 'request');
	if (!request) return null;
	const who = s.entities.find(
		(e) =>
			e.start >= request.end &&
			e.start - request.end < 40 &&
			e.country !== null &&
			isMember(e.country)
	);
	return who?.country ?? null;
}

/** Leaving or going home, in any form: "انسحبت", "تسحب", "عائدة إلى", "عودة". */
const LEAVING =
	/(?:^|\s)[وف]?(?:[يت]?(?:ان)?سحب\S*|[يت]?غادر\S*|مغادر\S*|عاد|عادت|عادوا|[يت]عود\S*|عايد\S*|عوده|اعاده|رحيل)(?![\p{L}])/u;

/** In or to a country: "جرت في قيرغيزستان", "إلى كازاخستان", "على أراضي بيلاروس", "بطاجيكستان". */
/** "، حيث أجريت منذ 26 سبتمبر": the trigger in a «حيث» clause, its place named right before. */
const WHERE_BEFORE = /\s*[،,]?\s*حيث\s+(?:\S+\s+){0,6}$/;
/** A clause of its own after the trigger: "، على أن …", "، ومن المقرر …", "، وتنتقل …". */
const LATER_CLAUSE = /[،,؛]\s*(?:علي\s+ان|[وف]?من\s+المقرر|[وف]?س?[يت](?!ال)\S+|ثم)/;
const IN_OR_TO = /(?:^|\s)[وف]?(?:في|الي|داخل|(?:علي\s+)?اراضي|ب)\s*$/;

/**
 * The member troops go to or an exercise is held in, named as such after the trigger: it, not
 * the troops' own country named first ("شاركت القوات الأرمينية في مناورات … جرت في قيرغيزستان"),
 * is the deployment's main country.
 */
function whereSent(norm: string, s: Sentence): string | null {
	// Troops leaving go back to where they came from: not where the withdrawal is.
	if (s.cues.some((c) => c.kind === 'withdrawal') || LEAVING.test(norm.slice(s.start, s.end)))
		return null;
	const trigger = s.cues.find((c) => c.kind === 'exercise' || c.kind === 'troops');
	if (!trigger) return null;
	const where = s.entities.find(
		(e) =>
			e.start >= trigger.end &&
			(e.kind === 'country' || e.kind === 'place') &&
			e.country !== null &&
			isMember(e.country) &&
			!isOfficeMention(norm, e) &&
			IN_OR_TO.test(norm.slice(Math.max(s.start, e.start - 12), e.start)) &&
			// Not past a clause of its own: "…، على أن تنتقل المرحلة الثانية إلى قرغيزستان".
			!LATER_CLAUSE.test(norm.slice(trigger.end, e.start))
	);
	// A place named after the trigger wins over the one «حيث» points back to.
	if (where) return where.country;
	// "… من قازاقستان، حيث أجريت منذ 26 سبتمبر تدريبات": the place «حيث» points back to.
	const from = Math.max(s.start, trigger.start - 60);
	const whereClause = WHERE_BEFORE.exec(norm.slice(from, trigger.start));
	if (whereClause) {
		const at = from + whereClause.index;
		const antecedent = s.entities.findLast(
			(e) => e.end <= at && at - e.end <= 1 && e.country !== null && e.kind !== 'person'
		);
		if (antecedent && isMember(antecedent.country!)) return antecedent.country;
	}
	return null;
}

/** "مغادرة آخر طائرة": the last plane out ends a withdrawal. */
const LAST = fold('آخر');
/** The verb to leave, whoever leaves: "غادرت", "تغادر", "مغادرة". */
const LEAVE = new RegExp(`^[وف]?(?:${['غادر', 'تغادر', 'يغادر', 'مغادر'].map(fold).join('|')})`);

/**
 * "روسيا نفسها تغادر المنطقة": leaving is a withdrawal only when troops or the alliance's force
 * leave ("بدأت قوات حفظ السلام مغادرة كازاخستان"), not a country's influence or a leader.
 */
function leavesWithoutTroops(norm: string, s: Sentence, cue: CueHit): boolean {
	const text = norm.slice(cue.start, cue.end);
	return (
		LEAVE.test(text) &&
		!text.includes(LAST) &&
		!s.cues.some(
			(c) =>
				c !== cue && (c.kind === 'troops' || c.kind === 'csto-force' || c.kind === 'withdrawal')
		) &&
		// "وكانت القوة، التي ضمت وحدات …، قد بدأت مغادرة الأراضي": the force, bare, leaves.
		!forceLeavesLand(norm, s, cue)
	);
}

/**
 * The cue, and for the last planes what they carry up to the clause's end: "آخر طائرات النقل التي
 * أقلت عناصر قوات حفظ السلام" names the peacekeepers they move.
 */
function forceAfter(norm: string, cue: CueHit): string {
	if (!norm.startsWith(LAST, cue.start)) return norm.slice(cue.start, cue.end);
	const tail = norm.slice(cue.end, cue.end + 60);
	const stop = tail.search(/[.،,؛:]/);
	return norm.slice(cue.start, cue.end) + (stop < 0 ? tail : tail.slice(0, stop));
}

/**
 * The bare force opening the sentence, as its subject ("وكانت القوة،", "وبدأت القوات"): not one
 * with a nation's adjective ("وبدأت القوات الكازاخية"), which is that nation's.
 */
const FORCE_SUBJECT =
	/^\s*[وف]?(?:(?:كانت|كان|بدات|بدا|شرعت|اخذت)\s+)?ال(?:قوه|قوات)(?=\s|[،,])(?!\s+(?:ال)?(?:\S+يه|\S+ي|المسلحه|الخاصه|الامن)(?![\p{L}]))/u;
/** Leaving a member's land, named: "مغادرة الأراضي الكازاخستانية", "مغادرة كازاخستان". */
const LEAVES_LAND = /^\s*(?:(?:ال)?اراضي\s+)?\S+/;

/** Whether the bare force opening the sentence leaves a member's land named after the verb. */
function forceLeavesLand(norm: string, s: Sentence, cue: CueHit): boolean {
	if (!FORCE_SUBJECT.test(norm.slice(s.start, cue.start))) return false;
	const after = LEAVES_LAND.exec(norm.slice(cue.end, s.end));
	if (!after) return false;
	const end = cue.end + after[0].length;
	return s.entities.some(
		(e) =>
			(e.kind === 'country' || e.kind === 'adjective') &&
			e.country !== null &&
			isMember(e.country) &&
			e.start >= cue.end &&
			e.end <= end
	);
}

/** "القوة", "القوات", bare: not "القوات الروسية", "قوات حفظ السلام الروسية", "القوات المسلحة". */
const FORCE_WORD = /(?:^|\s)[وفبل]?ال(?:قوه|قوات)(?=\s|$|[.،,])/g;
/** What may follow the bare force: a preposition, the clause's end, a pronoun-suffixed verbal noun. */
const BARE_AFTER = /^(?:\s*$|\s*[.،,؛]|\s+(?:من|في|الي|عن|علي|التي|الذي|بعد|قبل|قد)(?![\p{L}]))/u;

/**
 * "إيذانا ببدء انسحاب القوة من البلاد", "بدأت القوات انسحابها": the force named back, bare, right
 * after the cue or as its subject before it, in an article that already read the CSTO's force.
 */
function forceNamedBack(norm: string, s: Sentence, cue: CueHit): boolean {
	// "وكانت القوة، التي ضمت وحدات …، قد بدأت مغادرة …": the sentence's subject, however far.
	if (forceLeavesLand(norm, s, cue)) return true;
	const from = Math.max(s.start, cue.start - 20);
	for (const m of norm.slice(from, Math.min(s.end, cue.end + 12)).matchAll(FORCE_WORD)) {
		const end = from + m.index + m[0].length;
		// Anything but a preposition or the cue after it ("قوات الأمن", "القوات الخاصة", "القوات
		// الروسية", "قوات الجيش") makes it another force.
		const after = norm.slice(end, end + 16);
		if (!BARE_AFTER.test(after) && !(end <= cue.start && cue.start - end <= 1)) continue;
		return true;
	}
	return false;
}

/**
 * "تتهم الحكومة بـ"الانسحاب الصامت"", "ما سماه «انسحابا هادئا»": a bare withdrawal in a short
 * quoted phrase is a figure of speech quoted, not troops leaving.
 */
const QUOTED_BEFORE = /["«“](?:\S+\s+)?\S{0,3}$/;
// (A word of its own inside the quotes: «"الانسحاب"» alone may be the word quoted, not a figure.)
const QUOTED_AFTER = /^\S{0,2}\s+[^"»”.،,؛\n]{1,24}["»”]/;

function quotedFigure(norm: string, cue: CueHit): boolean {
	return (
		!namesTroops(norm, cue) &&
		QUOTED_BEFORE.test(norm.slice(Math.max(0, cue.start - 12), cue.start)) &&
		QUOTED_AFTER.test(norm.slice(cue.end, cue.end + 26)) &&
		// ("وبدأت وحدات المنظمة «الانسحاب المنظم»": the troops named just before the quotes.)
		!/قو[هات]|جنود|عسكري|وحدات/.test(
			norm
				.slice(Math.max(0, cue.start - 30), cue.end + 26)
				.split(/["»”]/)
				.slice(-2)[0]! + norm.slice(cue.end, cue.end + 26).split(/["»”]/)[0]!
		)
	);
}

/** "انسحاب قوات المنظمة": the cue names troops, whose owner follows; they are what leaves. */
const namesTroops = (norm: string, cue: CueHit) => norm.slice(cue.start, cue.end).includes('قوات');

function deploymentFrames(ctx: ArticleContext, s: Sentence, rejected: Rejection[]): Frame[] {
	if (!triggers(s, DEPLOYMENT_TRIGGERS)) return [];
	const norm = ctx.norm.text;
	const host = requestingCountry(s) ?? whereSent(norm, s);
	const named = sentenceCountries(norm, s);
	// The alliance's troops are its members': "قرب الحدود الأفغانية" places an exercise, and
	// "قوات … أمريكية" is refused as another force below, but neither country takes part.
	const members = named.filter(isMember);
	const countries = host ? [host, ...members.filter((c) => c !== host)] : members;
	// "ولم ترسل أرمينيا أي عسكري إلى التدريبات": told of a member that stayed out, the sentence
	// speaks of the exercise the article reports, and supports it; it is none of its own.
	const onlyStayedOut =
		members.length === 0 &&
		s.entities.some((e) => e.country !== null && isMember(e.country) && notSent(norm, s, e));
	const frame = (subtype: Subtype, cue: CueHit, ordered = countries): Frame | null => {
		if (otherOwner(norm, s, cue, OTHER_ORGS)) {
			reject(
				rejected,
				ctx,
				s,
				'deployment',
				'another organisation’s or a national force, not the CSTO’s'
			);
			return null;
		}
		if (
			subtype === 'withdrawal' &&
			!namesTroops(norm, cue) &&
			LEAVING_ALLIANCE.test(norm.slice(cue.end, cue.end + 48))
		) {
			reject(rejected, ctx, s, 'deployment', 'leaving the alliance, not a withdrawal of troops');
			return null;
		}
		if (!ordered.some(isMember) && !namesCsto(norm, s) && !onlyStayedOut) {
			reject(rejected, ctx, s, 'deployment', 'no member state named');
			return null;
		}
		return {
			type: 'deployment',
			subtype,
			cue,
			countries: ordered,
			modality: modalityOf(norm, s, cue),
			// The article's own force: "قوات حفظ السلام" in a report on the CSTO is its force
			// (a national one is named so and refused above); other troops, arms and exercises
			// must be named the CSTO's.
			attributed:
				namesCsto(norm, s) ||
				(!onlyStayedOut &&
					((ctx.aboutCsto &&
						(PEACEKEEPING.test(forceAfter(norm, cue)) ||
							senderNamedBack(norm, s, cue, ctx.lastOrg))) ||
						(ctx.cstoForce && forceNamedBack(norm, s, cue)))),
			exercise: subtype === 'exercise' ? exerciseName(ctx, s, cue) : null
		};
	};
	// "الانسحاب من المنظمة" is leaving the alliance, not troops coming home.
	// Only the organisation itself right after it: "آخر طائرة تقل عناصر من قوات حفظ السلام
	// الجماعية" is troops going home.
	const leavesCsto = (cue: CueHit) =>
		!namesTroops(norm, cue) &&
		s.entities.some(
			(e) =>
				e.kind === 'org' &&
				e.id === CSTO &&
				e.start >= cue.end &&
				/^\s*(?:[وف]?من\s+)?(?:عضويه\s+)?\S{0,3}$/.test(norm.slice(cue.end, e.start))
		);
	// The first trigger that frames an event wins; one deployment per sentence.
	// An exercise's troops ("تدريبات … لقوات حفظ السلام") are its own, not a second deployment.
	const framesOf = (kind: 'withdrawal' | 'exercise' | 'troops'): Frame[] => {
		const found: Frame[] = [];
		for (const cue of hitsOf(s, [kind])) {
			if (
				kind === 'withdrawal' &&
				(leavesCsto(cue) || leavesWithoutTroops(norm, s, cue) || quotedFigure(norm, cue))
			)
				continue;
			if (found.length > 0 && resumesMention(norm, cue)) continue;
			const f = frame(kind, cue);
			if (f) found.push(f);
		}
		return found;
	};
	for (const kind of ['withdrawal', 'exercise', 'troops'] as const) {
		const found = framesOf(kind);
		if (found.length === 0) continue;
		const first = found.find((f) => f.modality === 'reported') ?? found[0]!;
		// "نشر قوة … في كازاخستان، ضمت وحدات …، بدأت انسحابها في 13 جانفي": the force sent, told
		// in a clause before the one of its leaving, is a deployment of its own.
		const sent =
			kind === 'withdrawal' && first.modality === 'reported'
				? framesOf('troops').find(
						(t) =>
							t.modality === 'reported' &&
							t.cue.end <= clauseAround(norm, s, first.cue).start &&
							t.attributed
					)
				: undefined;
		return sent ? [sent, first] : [first];
	}
	const supply = hitsOf(s, ['supply'])[0];
	const weapon =
		supply &&
		s.cues.find((c) => c.kind === 'weapon' && c.start > supply.start && c.start - supply.end < 80);
	if (supply && weapon) {
		// The recipient is the member named right after the verb ("زوّد طاجيكستان بـ…").
		const recipient = s.entities.find(
			(e) =>
				e.start >= supply.end && e.country !== null && isMember(e.country) && e.kind !== 'person'
		);
		const f = frame(
			'weapons',
			supply,
			recipient
				? [recipient.country!, ...countries.filter((c) => c !== recipient.country)]
				: countries
		);
		return f ? [f] : [];
	}
	return [];
}

/**
 * The date of a happening whose verb in front of it is told done ("انطلقت", "عقد"), from the
 * sentence's dates not still to come.
 */
function doneDate(norm: string, s: Sentence, trigger: CueHit, dates: DateHit[]) {
	// Its own verb: near, and nothing named between that is begun instead ("بدأت أمس الاستعدادات
	// لمناورات … التي تنطلق الأسبوع المقبل").
	const done = s.cues.some(
		(c) =>
			(c.kind === 'occurred' || c.kind === 'held') &&
			c.end <= trigger.start &&
			trigger.start - c.end <= 40 &&
			toldDone(norm.slice(c.start, c.end)) &&
			!s.cues.some((r) => r.kind === 'reference' && r.start >= c.end && r.end <= trigger.start)
	);
	if (!done) return undefined;
	return pickDate(
		norm,
		s,
		trigger,
		dates.filter((d) => !saysLater(norm, d)),
		false
	);
}

function candidateOf(ctx: ArticleContext, s: Sentence, f: Frame, date: DateHit | undefined) {
	const c: Candidate = {
		article: ctx.articleId,
		type: f.type,
		subtype: f.subtype,
		date: null,
		end: null,
		dayMonth: null,
		how: 'no date in the sentence',
		placeId: null,
		byVideo: false,
		countries: new Set(f.countries),
		participation: new Map(),
		chair: null,
		planned: f.modality === 'planned',
		reference: f.modality === 'reference',
		attributed: f.attributed,
		exercise: f.exercise,
		// The sentence names the happening; what else it states is added as it is read.
		sources: [{ ...sourceOf(ctx, s), claims: { type: true } }],
		at: s.rawStart
	};
	if (
		f.type === 'deployment' &&
		composedOf(ctx.norm.text, f.cue) &&
		!s.cues.some((x) => x.kind === 'past-reference')
	) {
		// The members its composing clause names, not those a contrast sets apart ("…، بينما
		// اعتذرت أرمينيا"); "وأن الدول الأعضاء كافة باستثناء أرمينيا أرسلت وحدات": all but those excepted.
		const [from, to] = composingClause(ctx.norm.text, s, f.cue);
		const named = s.entities.filter((e) => e.start >= from && e.end <= to).map((e) => e.country);
		const contributors = new Set([...c.countries].filter((x) => isMember(x) && named.includes(x)));
		const whole = allMembers(ctx.norm.text, s);
		if (whole)
			for (const [member, value] of whole)
				if (value === 'present') contributors.add(member);
				else contributors.delete(member);
		c.contributors = [...contributors];
	}
	if (date) {
		const claims = c.sources[0]!.claims;
		// "في مثل هذا اليوم من عام 2022": the anniversary's own day, that year.
		const onThisDay = date.date?.length === 4 ? anniversaryDay(ctx, s, date.date) : null;
		if (onThisDay) date = { ...date, date: onThisDay, until: null };
		// "ترأسنا قمة موسكو في مايو" in February: a month without a year in a report of what was
		// done is the last such month, not the next.
		if (f.modality === 'reported' || f.modality === 'reference') date = notAfter(ctx, date);
		if (date.date !== null) claims.date = date.date;
		else if (date.dayMonth) claims.dayMonth = date.dayMonth;
		c.date = date.date;
		c.end = date.until;
		c.dayMonth = date.date === null ? date.dayMonth : null;
		c.how = `stated with the ${f.type === 'summit' ? 'meeting' : f.type}: "${ctx.norm.text.slice(date.start, date.end)}"`;
	}
	return c;
}

const DAY = 86_400_000;

/** An inferred year that puts a reported happening after the report goes back a year. */
function notAfter(ctx: ArticleContext, date: DateHit): DateHit {
	if (!date.yearless || !date.date || !ctx.anchor) return date;
	if (date.date.slice(0, 7) <= ctx.anchor.slice(0, 7)) return date;
	const back = (d: string) => String(+d.slice(0, 4) - 1) + d.slice(4);
	return { ...date, date: back(date.date), until: date.until && back(date.until) };
}

/** "في مثل هذا اليوم من عام 2022", "… من العام الماضي". */
const ON_THIS_DAY =
	/مثل هذا اليوم\s+(?:من\s+)?(?:(?:عام|سنه|العام)\s+(\d{4})|(?:العام|السنه)\s+(?:الماضي|المنصرم|الفايت|السابق))/;

/** The publication's day and month in `year`, when the sentence recalls that day of that year. */
function anniversaryDay(ctx: ArticleContext, s: Sentence, year: string): string | null {
	const m = ON_THIS_DAY.exec(ctx.norm.text.slice(s.start, s.end));
	const published = ctx.anchor;
	if (!m || !published || published.length !== 10) return null;
	if ((m[1] ?? String(Number(published.slice(0, 4)) - 1)) !== year) return null;
	const day = `${year}${published.slice(4)}`;
	return Number.isNaN(Date.parse(day)) || new Date(day).toISOString().slice(0, 10) !== day
		? null
		: day;
}

/**
 * "وأعلن وقف إطلاق النار في 16 أيلول", "هدنة تستمر حتى 20 أيلول": a truce's day, in front of its
 * date, is the truce's, not the fighting's.
 */
const TRUCE_BEFORE =
	/(?:^|\s)[وفبل]?(?:ال)?(?:هدنه|وقف\s+(?:ل)?(?:اطلاق\s+النار|القتال|الاعمال\s+العدايي\S*)|تهدئه)((?:\s+\S+){0,5})\s*$/;
/** Fighting told between the truce and the date: "وخرقت القوات وقف إطلاق النار وقصفت … في 14". */
const FIGHTING =
	/(?:^|\s)[وف]?(?:خرق\S*|[يت]?قصف\S*|قصف|هاجم\S*|هجوم\S*|اشتبا\S*|اشتبك\S*|معارك|[يت]?ستهدف\S*|استهدف\S*)(?![\p{L}])/u;

/** The truce's own day: its noun before the date in the date's clause, no fighting between. */
function truceDay(norm: string, d: DateHit): boolean {
	const clause = norm
		.slice(Math.max(0, d.start - 50), d.start)
		.split(/[،,.؛]/)
		.at(-1)!;
	const m = TRUCE_BEFORE.exec(clause);
	return m !== null && !FIGHTING.test(m[1]!);
}

/** "انطلقت يوم الاثنين 18 … واختتمت اليوم السبت": the days a clash or exercise lasted. */
/**
 * A day told after a meeting's noun that stands after the trigger, in the day's clause: "…يوم 14،
 * قبل قمة دوشنبه التي عقدت يوم 16" is the summit's. Not "وتجددت يوم 16 بالتزامن مع انعقاد القمة":
 * the day comes first, and is the clash's.
 */
function meetingsDay(norm: string, s: Sentence, d: DateHit, trigger: CueHit): boolean {
	if (d.start < trigger.end) return false;
	const from = Math.max(clauseAround(norm, s, d).start, trigger.end);
	return s.cues.some((c) => MEETING_KINDS.has(c.kind) && c.start >= from && c.end <= d.start);
}

/**
 * "تدريبات كانت مقررة بين 10 و14 أكتوبر ألغتها بشكيك، وتدريبات روبيج التي جرت يوم 17 أكتوبر": a
 * day its own clause says was only planned («كانت مقررة» before it), or called off («ألغتها» right
 * after it), is that plan's: it opens no span of what was held. Not "واختتمت كما كان مقررا يوم 14"
 * nor "يوم 14 بعد أن تأجلت من سبتمبر": the day is the happening's.
 */
function unrealDay(norm: string, s: Sentence, d: DateHit): boolean {
	const clause = clauseAround(norm, s, d);
	const before = norm.slice(clause.start, d.start);
	const plan = PLANNED_BEFORE.exec(before);
	if (plan && !AS_PLANNED.test(before.slice(0, plan.index))) return true;
	// "وانتهت يوم 14 بدلا من 16 أكتوبر": the day replaced.
	if (INSTEAD_OF.test(before)) return true;
	const off = CALLED_OFF_AFTER.exec(norm.slice(d.end, Math.min(clause.end, d.end + 40)));
	return off !== null && !AFTER_IT.test(off[0]);
}
const INSTEAD_OF = /(?:^|\s)(?:بدلا\s+من|عوضا\s+عن)\s*$/;
/** "يوم 14 بعد أن تأجلت": what was put off before it, not this day. */
const AFTER_IT = /(?:^|\s)(?:بعد|بعدما|ان)\s/;
const PLANNED_BEFORE =
	/(?:^|\s)(?:كانت?\s+(?:من\s+)?(?:ال)?مقرر[اه]?|من\s+المقرر)(?![\p{L}])(?:\s+\S+){0,8}\s*$/u;
const AS_PLANNED = /(?:^|\s)(?:كما|مثلما|وفق\s+ما|وفقا\s+لما|خلافا\s+لما|بدلا\s+من|عكس\s+ما)\s*$/;
const CALLED_OFF_AFTER =
	/^\s*(?:\S+\s+){0,2}?[وف]?(?:الغتها|الغاها|الغيت|الغي|الغت|ارجيت|ارجات|تاجلت|تم\s+(?:الغاوها|الغاء|تاجيل)\S*)(?![\p{L}])/u;

/**
 * A day nearer another deployment the sentence frames than this one ("نشر قوة … في
 * السادس من جانفي، بدأت انسحابها في 13 وأتمته في 19"): that one's span, not this one's.
 */
function nearerAnother(frames: Frame[], f: Frame, d: DateHit): boolean {
	const from = (x: Frame) => (d.start >= x.cue.end ? d.start - x.cue.end : x.cue.start - d.end);
	return (
		f.type === 'deployment' && frames.some((o) => o !== f && o.type === f.type && from(o) < from(f))
	);
}

function spanDays(norm: string, c: Candidate, dates: DateHit[], lastDays: DateHit[]): void {
	const at = Date.parse(c.date!);
	const days = [c.date!, ...(c.end ? [c.end] : [])];
	const truce = (d: DateHit) => c.type === 'clash' && truceDay(norm, d);
	for (const d of dates)
		if (d.date?.length === 10 && Math.abs(Date.parse(d.date) - at) <= 14 * DAY && !truce(d)) {
			days.push(d.date);
			if (d.until) days.push(d.until);
		}
	// A last day only ends what began before it.
	for (const d of lastDays)
		if (d.date! > c.date! && Date.parse(d.date!) - at <= 14 * DAY && !truce(d)) days.push(d.date!);
	({ date: c.date, end: c.end } = spanOfDays(days));
}

/**
 * "وتستمر حتى 6 أكتوبر", "تواصلت الاشتباكات حتى فجر الأربعاء": «حتى» after a verb of lasting
 * names the last day of what the sentence reports, not a deadline (which usableDates drops).
 * Up to two words between the verb and «حتى» (its subject, "المناورات", "على مدى").
 */
const LASTS_UNTIL =
	/(?:^|\s)[وف]?(?:س?[تي]?ستمر|استمرت?|س?[تي]تواصل|تواصلت?|س?[تي]متد|امتدت?|س?[تي]دوم|دامت?|متواصله|مستمره)(?:\s+\S+){0,2}\s+حتي\s*(?:صباح|مساء|ظهر|فجر|ليل|ليله|نهايه)?\s*(?:يوم\s*)?$/;

function lastDaysOf(norm: string, s: Sentence): DateHit[] {
	if (!norm.slice(s.start, s.end).includes('حتي')) return [];
	return s.dates.filter(
		(d) =>
			d.date?.length === 10 &&
			d.until === null &&
			d.problems.length === 0 &&
			LASTS_UNTIL.test(norm.slice(Math.max(s.start, d.start - 50), d.start))
	);
}

export interface SentenceReading {
	candidates: Candidate[];
	/** Attendance read from a sentence with no meeting of its own: it belongs to the article's meeting. */
	orphanAttendance: ReturnType<typeof readAttendance> | null;
	rejected: Rejection[];
}

/** Cues of another happening, or of a time before the meeting, that attendance after them is about. */
const NOT_THE_MEETING = new Set<CueHit['kind']>(['exercise', 'exercise-name', 'before']);
const MEETING_KINDS = new Set<CueHit['kind']>([
	'summit',
	'extraordinary',
	'ministerial',
	'meeting'
]);

export function sentenceCandidates(ctx: ArticleContext, s: Sentence): SentenceReading {
	const norm = ctx.norm.text;
	const rejected: Rejection[] = [];
	const attendance = readAttendance(norm, s);
	const candidates: Candidate[] = [];

	const summits = summitFrames(ctx, s, rejected);
	const frames = [
		...summits,
		...clashFrames(ctx, s, rejected),
		...deploymentFrames(ctx, s, rejected)
	];
	// A scenario's paragraph imagines what it tells.
	if (frames.length > 0 && underScenario(norm, s))
		for (const f of frames) f.modality = 'hypothetical';
	// Most sentences frame nothing: their dates need no reading.
	const dates = frames.length > 0 ? usableDates(ctx, s) : [];
	for (const f of frames) {
		const meeting = f.type === 'summit';
		// (Troops sent, not an exercise held: "القوات" after one is anyone's.)
		if (
			f.type === 'deployment' &&
			f.attributed &&
			(f.subtype === 'troops' || f.subtype === 'withdrawal')
		)
			ctx.cstoForce = true;
		// A meeting announced for a stated day is kept (the merge joins it to the report of it);
		// every other modality is not an event.
		if (
			f.modality !== 'reported' &&
			f.modality !== 'reference' &&
			!(meeting && f.modality === 'planned')
		) {
			reject(rejected, ctx, s, f.type, REASONS[f.modality]);
			continue;
		}
		// The sentence's days this frame may take: not those nearer another deployment it frames.
		const ownDates = dates.filter((d) => !nearerAnother(frames, f, d));
		const picked = pickDate(norm, s, f.cue, ownDates, f.modality === 'reference');
		// "بعد يومين من الاشتباكات": a point of reference counted back from the sentence's day.
		const offset = !picked && f.modality === 'reference' ? dayOffset(norm, s, f.cue) : undefined;
		let date = picked ?? offset?.date;
		// A bulletin's timed entry reports what is happening on its header's day.
		if (!date && f.modality === 'reported') date = timedEntryDay(norm, s, ctx.stamps, f.cue.start);
		// "يستعد الوزراء لعقد اجتماعهم الأسبوع المقبل": dated in words still to come, a meeting is
		// announced; an exercise or troops so dated ("تنطلق المناورات غدا", "على أن تنطلق مرحلتها
		// النشطة الشهر المقبل") may support one the article reports, never make one.
		// ("انطلقت أمس مناورات … على أن تنتقل إلى قرغيزستان الأسبوع المقبل": with its start told
		// done, what is still to come is a later stage; an earlier date of the sentence dates it.)
		if (f.modality === 'reported' && date && saysLater(norm, date))
			date = doneDate(norm, s, f.cue, dates) ?? date;
		// A point of reference still to come ("الاستعدادات لمناورات … التي تنطلق الأسبوع المقبل")
		// dates nothing that happened (a meeting's day to come is kept, to join the report of it).
		if (!meeting && f.modality === 'reference' && date && saysLater(norm, date)) date = undefined;
		if (f.modality === 'reported' && date && saysLater(norm, date)) {
			if (meeting) f.modality = 'planned';
			else {
				f.modality = 'reference';
				date = undefined;
			}
		}
		// "الاشتباكات مع أذربيجان في مايو 2021 وسبتمبر 2022": one clash per stated date.
		if (f.type === 'clash' && date && date.date !== null) {
			const clause = clauseAround(norm, s, f.cue);
			for (const other of dates)
				if (
					other !== date &&
					other.date !== null &&
					!other.relative &&
					other.start >= clause.start &&
					other.end <= clause.end &&
					other.date.slice(0, 7) !== date.date.slice(0, 7)
				)
					candidates.push(candidateOf(ctx, s, f, other));
		}
		const c = candidateOf(ctx, s, f, date);
		// ("…، بعد أيام من الاحتجاجات التي اندلعت يوم 2 يناير في جاناوزن": the cause's day and place.)
		// (A deployment's only: a clash's earlier days, "بعد يومين من المواجهات التي اندلعت يوم 14",
		// may be its own start.)
		const cause = f.type === 'deployment' ? causeClause(norm, s, f.cue) : null;
		const ofCause = (x: { start: number; end: number }) =>
			cause !== null && x.start >= cause.start && x.end <= cause.end;
		// The day counted from is another happening's: it ends no span of this one.
		if (offset) c.how = offset.how;
		// A point of reference is dated by its own clause alone ("لبحث الاشتباكات التي اندلعت فجر
		// اليوم ذاته"): the sentence's other days (a dateline's) are the report's.
		else if (!meeting && c.date?.length === 10 && f.modality !== 'reference')
			// (Not by a meeting's day told after it: "…يوم 14، قبل قمة دوشنبه التي عقدت يوم 16".)
			spanDays(
				norm,
				c,
				ownDates.filter(
					(d) => !meetingsDay(norm, s, d, f.cue) && !ofCause(d) && !unrealDay(norm, s, d)
				),
				lastDaysOf(norm, s).filter((d) => !nearerAnother(frames, f, d))
			);
		if (meeting) {
			const place = pickPlace(norm, s, f.cue, undefined, 'meeting');
			c.placeId = place?.id ?? null;
			if (place?.country) {
				c.countries.add(place.country);
				ctx.meetingCountry = place.country;
			}
			if (f.subtype !== 'extraordinary' || summits.length === 1) {
				c.participation = new Map(attendance.participation);
				c.chair = attendance.chair;
				c.byVideo = attendance.byVideo;
				// "وشارك في القمة، إلى جانب المضيف، …": the country it met in.
				const host = attendance.host ? ctx.meetingCountry : null;
				if (host && isMember(host) && !c.participation.has(host))
					c.participation.set(host, 'present');
				// "بحضور جميع القادة باستثناء …": the members not named one by one.
				// (A meeting recalled, "بعد أسابيع من الاجتماع الذي عقده القادة عبر الفيديو", too.)
				const whole =
					f.modality === 'reported' || f.modality === 'reference' ? allMembers(norm, s) : null;
				if (whole)
					for (const [country, value] of whole)
						if (
							!c.participation.has(country) ||
							(value === 'absent' && c.participation.get(country) !== 'video')
						)
							c.participation.set(country, value);
			}
			const before = daysBeforeSummit(norm, s);
			if (has(s, 'before') || before !== undefined) c.how = 'before-main-summit';
			if (before !== undefined) c.daysBeforeSummit = before.days;
			if (c.participation.size > 0)
				c.sources[0]!.claims.attendance = Object.fromEntries(c.participation);
		} else {
			// A deployment happens in its main country (the recipient); a clash anywhere it involves.
			// One recalled in passing ("منذ الهجوم … في أيلول") has its place in its own clause: the
			// sentence's other places are what it reports ("افتتح … في مقر وزارته بيريفان، اجتماعاً").
			c.placeId =
				pickPlace(
					norm,
					cause ? { ...s, entities: s.entities.filter((e) => !ofCause(e)) } : s,
					f.cue,
					f.type === 'deployment' ? f.countries.slice(0, 1) : f.countries,
					f.modality === 'reference' ? 'clause' : 'sentence'
				)?.id ?? null;
		}
		if (c.placeId !== null) c.sources[0]!.claims.placeId = c.placeId;
		candidates.push(c);
	}
	// Who attended another body's meeting ("قمة رابطة الدول المستقلة بمشاركة بوتين"), took part in
	// an exercise named before ("انطلقت مناورات … بمشاركة روسيا وبيلاروس"), or did something before
	// a meeting ("وقبل قمة مينسك بأيام …"), did not thereby attend the article's CSTO meeting.
	// So is staying away from an exercise ("غابت أرمينيا عن مناورات …"), when no meeting is named.
	const firstAttendance = s.cues.find((c) => ATTENDANCE_KINDS.has(c.kind))?.start ?? s.end;
	const namesMeeting = s.cues.some((c) => MEETING_KINDS.has(c.kind));
	const orphan =
		summits.length === 0 &&
		!s.cues.some(
			(c) =>
				NOT_THE_MEETING.has(c.kind) &&
				(c.start < firstAttendance || (!namesMeeting && c.kind !== 'before'))
		) &&
		!rejected.some((r) => r.reason === OTHER_MEETING || r.reason === POINTS_BACK) &&
		(attendance.participation.size > 0 || attendance.speakers.size > 0)
			? attendance
			: null;
	return { candidates, orphanAttendance: orphan, rejected };
}

export { CSTO };
