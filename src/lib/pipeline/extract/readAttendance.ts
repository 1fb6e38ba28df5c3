/**
 * Who attended, by video or in person, who stayed away and who chaired, from one sentence.
 * Arabic reports put the verb first ("لن يحضر رئيس الوزراء الأرمني") or the subject first
 * ("بوتين، سيشارك"), and list attendees after one verb ("سيجتمع رؤساء كازاخستان …، وقيرغيزستان …"):
 * so a delegate takes the polarity of the last attendance cue before it, and the sentence's first
 * delegate, when no cue precedes it, takes the first cue's.
 */
import type { Attendance } from '../../model/schema';
import { fold } from '../text/normalize';
import { clauseOpening } from './clauseOpening';
import { ATTENDANCE_KINDS } from './cueLexicon';
import { declinedObject } from './declinedObject';
import type { CueHit } from './findCues';
import { isDelegate, isOfficeWord } from './leaderMentions';
import { presentByDeed } from './presentByDeed';
import type { EntityHit, Sentence } from './types';

export interface AttendanceReading {
	participation: Map<string, Attendance>;
	chair: string | null;
	/** The meeting itself was held by video conference ("أقيمت عبر الفيديو"). */
	byVideo: boolean;
	/** Delegates who spoke, with no attendance cue: evidence of presence in a report of one meeting. */
	speakers: Set<string>;
	/** The host took part ("شارك في القمة، إلى جانب المضيف، …"): the meeting's country, present. */
	host: boolean;
}

const POLAR = new Set(['present', 'absent']);
const MEETING = new Set(['summit', 'ministerial', 'meeting', 'held']);

/** Words that open a new clause with its own subject: "فيما لم يحضر …", "بينما …". */
// "أن أرمينيا لن تشارك" opens a clause with a subject of its own; "أن بلاده لن تشارك" does not.
const NEW_CLAUSE =
	/(?:^|[\s،,])(?:(?:فيما|بينما|في حين|لكن|غير ان|الا ان|علما|وقد|كما)(?=\s)|(?:لان|بان|ان)(?=\s+(?!بلاد|حكومت|وفد)\S))/u;

/** "… الذي شارك فيها ضيفاً", "بصفة مراقب": what follows a guest's name. */
const GUEST = /^[^.،,؛]{0,45}(?:ضيفا|ضيف شرف|بصفه مراقب|كمراقب|مراقبا|بصفته مراقبا)/u;

/**
 * A standalone "لا" opening the clause before a perfect verb: "فلا X حضر". Not an idiom that
 * affirms: "ولا شك أن بوتين ألقى كلمة في القمة", "لا سيما", "لا يزال".
 */
const NEGATED =
	/(?:^|[\s،,؛])[فو]?لا\s+(?!(?:شك|ريب|سيما|بد|يزال|تزال|زال|زالت|يخفي|غرو|جدال|مراء)(?![\p{L}]))[^،,.؛]*$/u;

/** Chairing this meeting: "برئاسة", "ترأسها", "ترأس الاجتماع/القمة/الجلسة/أعمال". */
const CHAIRS_THIS =
	/^(?:[وف]?برياسه|\S*(?:ه|ها|هم)(?=\s|$)|\S+\s+(?:ال)?(?:اجتماع|قمه|جلسه|اعمال)(?![\p{L}]))/u;
/**
 * "لم يترأس", "ولن تترأس", "لا يترأس", "ولم يشارك … كل من:": an attendance or chairing verb
 * negated, the particle right before the cue (bulletedList.ts reads list heads with it).
 */
export const NEGATED_VERB = /(?:^|\s)[وف]?(?:لم|لن|لا)\s+$/;
/** A country's chairmanship of the body: "بلاده ترأس المجلس هذا العام", "رئاسة الدورة". */
const BODY_CHAIR = /بلاد\S*|(?:هذا|لهذا)\s+العام|حاليا|الدوريه|بصفته/;

/**
 * What ends an attendance verb's reach: two headlines in one line, a semicolon, a question, a
 * clause set against it ("لم يشارك الوزير الأرميني …، فيما ترأس الاجتماع نظيره البيلاروسي").
 */
const BREAK =
	/\.\.|[؛!?؟]|(?:^|[\s،,])(?:فيما(?!\s+(?:بين\s+ال|(?:يتعلق|يخص|يتصل|بعد|مضي|يلي)(?![\p{L}])))|بينما|في\s+حين)\s/u;

/** Where the last clause set against the one before begins in `text`, or -1. */
function lastBreak(text: string): number {
	let at = -1;
	for (const m of text.matchAll(new RegExp(BREAK.source, 'gu'))) at = m.index + m[0].length;
	return at;
}

/** "مع لوكاشينكو", "إلى بوتين": a delegate governed by a preposition is not the subject. */
const OBJECT_BEFORE = /(?:^|\s)(?:مع|الي|من|عن|علي|لدي|نظيره|نظيرها)\s+(?:[^\s،,.]+\s+){0,3}$/u;
const OTHER_PREDICATES = new Set(['strain', 'speech', 'held', 'chair', 'appeal', 'freeze']);

/** "مع لوكاشينكو": a delegate governed by a preposition is an object, never the subject. */
function isObject(norm: string, s: Sentence, d: { start: number }): boolean {
	return OBJECT_BEFORE.test(norm.slice(Math.max(s.start, d.start - 40), d.start));
}

/** A speech verb that hands over to the speaker's words: "قال:", "أكد «", "أعلن أنه", "قال إنها". */
const SPEAKS = new RegExp(
	`(?:${['قال', 'أكد', 'أعلن', 'أوضح', 'شدد', 'صرح', 'أضاف', 'كتب', 'تابع'].map(fold).join('|')})\\S{0,2}\\s*(?:[:«"]|\\s[وف]?ب?[اإأ]ن(?:ه|ها|ني|نا)\\s)[\\s«"]*$`,
	'u'
);
/** First person: "لن أحضر", "سنشارك", "لم نشارك", "شاركنا". */
const FIRST_PERSON = /(?:^|\s|س)[ان]\S*$|نا$/u;

/**
 * The subject's own words: "قال باشينيان: لن أحضر القمة", "أعلن بوتين أنه سيشارك". The verb is
 * the speaker's when the speech verb hands straight over to it, in the first person after a
 * colon or quotation mark, and in any person after «أنه».
 */
function ownWords(
	norm: string,
	s: Sentence,
	speaker: EntityHit,
	verb: CueHit,
	delegates: EntityHit[]
): boolean {
	// "رئيس الوزراء الأرميني نيكول باشينيان قال:": the speaker named twice is still one speaker.
	if (
		delegates.some(
			(d) => d.start > speaker.end && d.start < verb.start && d.country !== speaker.country
		)
	)
		return false;
	const between = norm.slice(speaker.end, verb.start);
	if (/[.؛!?؟]/.test(between) || !SPEAKS.test(between)) return false;
	const pronoun = /[اإأ]ن(?:ه|ها)[\s«"]*$/.test(between);
	return pronoun || FIRST_PERSON.test(norm.slice(verb.start, verb.end));
}

/** Something else is said between a subject and a later verb, so the verb is not its own. */
function predicateBetween(norm: string, s: Sentence, from: number, to: number): boolean {
	return (
		NEW_CLAUSE.test(norm.slice(from, to)) ||
		s.cues.some((c) => OTHER_PREDICATES.has(c.kind) && c.start >= from && c.end <= to)
	);
}

const RELEVANT = new Set(['present', 'absent', 'video', 'chair', 'speech', 'decline']);
const MEETING_NOUNS = new Set(['summit', 'ministerial', 'meeting']);

/**
 * The sentence's attendance verbs. "اعتذر رئيس الوزراء الأرميني عن المشاركة فيها": an apology
 * verb that declines attending is a stated absence, at the verb, and the attendance word it
 * governs ("المشاركة", "حضور") is its object, not a presence.
 */
function polarCues(norm: string, s: Sentence): CueHit[] {
	const declined = s.cues.flatMap((c) => {
		if (c.kind !== 'decline') return [];
		const object = declinedObject(norm.slice(c.end, s.end));
		return object?.what === 'attend' ? [{ cue: c, objectEnd: c.end + object.end }] : [];
	});
	const kept = s.cues.filter(
		(c) =>
			POLAR.has(c.kind) &&
			!declined.some((d) => c.start >= d.cue.end && c.start < d.objectEnd) &&
			!refrainsFromOther(norm, c) &&
			!deedNotDone(norm, s, c)
	);
	const absences = declined.map((d): CueHit => ({ ...d.cue, kind: 'absent' }));
	return [...kept, ...absences].sort((a, b) => a.start - b.start);
}

/** A presence read from a deed at the meeting, not a verb of attending: "ألقى كلمة", "في القمة". */
const DEED = /^[وف]?(?:القي\s|امام\s|خلال\s|في\s)/;
/** "لم يلق", "لن يتحدث", "لم تكن": the deed's own verb negated (not "لم يخف قلقه"). */
const NOT_VERB =
	/(?:^|\s)[وف]?(?:لم|لن|لا)\s+[يت](?:لق|لقي|تحدث|تكلم|تراس|حضر|شارك|ظهر|تمكن|كن|كون|توجه|سافر|ذهب)(?![\p{L}])/u;
const NOT_DONE = new Set(['planned', 'hope', 'irrealis', 'negation', 'cancelled', 'hypothetical']);

/** "خلافا لما كان", "على عكس ما": what follows went against it. */
const AGAINST = /(?:خلافا|عكس)\s+(?:لما|ما)\s+(?:كان\s+)?$/;

/**
 * "ولم يلق باشينيان كلمة في القمة", "ومن المقرر أن يلقي بوتين كلمة في القمة": a deed at the
 * meeting denied or still to come in its own clause says nothing of who was there.
 */
function deedNotDone(norm: string, s: Sentence, c: CueHit): boolean {
	if (c.kind !== 'present' || !DEED.test(norm.slice(c.start, c.end + 1))) return false;
	const from = clauseOpening(norm, s.start, c.start);
	// Governing the deed: no comma between ("وكما كان مقررا، ألقى"; an aside about the subject,
	// "، وهو أقدم القادة،", is passed over), and a negation no «أن» ("ولن ينسى أحد أن بوتين ألقى").
	const governs = (at: number, negation: boolean) => {
		const between = norm
			.slice(at, c.start)
			.replace(/[،,]\s*[وف](?:هو|هي|هم|هما)\s[^،,.]*[،,]/g, ' ');
		return (
			!/[،,]/.test(between) && !(negation && /(?:^|\s)[وف]?(?:ان|بان|انه|انها)\s/.test(between))
		);
	};
	const verb = NOT_VERB.exec(norm.slice(from, c.start));
	return (
		(verb !== null && governs(from + verb.index + verb[0].length, true)) ||
		s.cues.some(
			(x) =>
				NOT_DONE.has(x.kind) &&
				x.start >= from &&
				// "وخلافا لما كان مقررا ألقى": against the plan, so done.
				!AGAINST.test(norm.slice(Math.max(s.start, x.start - 24), x.start)) &&
				x.end <= c.start &&
				c.start - x.end <= 60 &&
				governs(x.end, x.kind === 'negation')
		)
	);
}

/** What refraining from ("امتنع عن", "اعتذر عن") a meeting is: attending it, going, the meeting. */
const ATTENDING_OBJECT =
	/^\s*(?:عدم\s+)?(?:ال)?(?:حضور|مشارك|ذهاب|سفر|توجه|قمه|قمم|اجتماع|جلس|لقاء)/;

/**
 * "امتنع باشينيان عن التوقيع على البيان الختامي", "اعتذر عن التعليق": refraining from something
 * else than attending says nothing of who attended.
 */
function refrainsFromOther(norm: string, c: CueHit): boolean {
	return (
		c.kind === 'absent' &&
		/\sعن$/.test(norm.slice(c.start, c.end)) &&
		!ATTENDING_OBJECT.test(norm.slice(c.end, c.end + 24))
	);
}

/** Nothing but "و" or a comma between two names of a list. */
const LIST_JOINT = /^\s*[،,]?\s*و?\s*$/u;

/**
 * Delegates, and every country listed after one ("رؤساء روسيا وبيلاروسيا … وطاجيكستان"): the
 * office word before the first name governs the whole list, however long.
 */
/** "بمشاركة أرمينيا", "دون مشاركة أرمينيا", "بغياب روسيا": the state itself is the one taking part. */
function governedByAttendance(s: Sentence, e: EntityHit): boolean {
	return (
		e.kind === 'country' &&
		s.cues.some((c) => ATTENDANCE_KINDS.has(c.kind) && c.end <= e.start && e.start - c.end <= 2)
	);
}

function listDelegates(norm: string, s: Sentence): EntityHit[] {
	const out: EntityHit[] = [];
	let last: EntityHit | undefined;
	for (const e of s.entities) {
		const listed =
			last !== undefined &&
			(e.kind === 'country' || e.kind === 'adjective') &&
			e.country !== null &&
			LIST_JOINT.test(norm.slice(last.end, e.start));
		if (isDelegate(norm, e) || listed || governedByAttendance(s, e)) {
			out.push(e);
			last = e.kind === 'country' || e.kind === 'adjective' ? e : undefined;
		} else last = undefined;
	}
	return out;
}

/**
 * Words that may stand between a comma and a delegate listed after it ("غاب رئيس الوزراء
 * الأرميني، وكذلك الرئيس القرغيزي", "، إضافة إلى وزير خارجية …"), besides offices.
 */
const LISTING =
	/^(?:[وف]?(?:لا|كذلك|كذا|ايضا|كل|كلا|من|منهم|بينهم|بمن|فيهم|هم|علاوه|علي|ناهيك|معه|معهم|برفقه|مثل|اضافه|بالاضافه|فضلا|عن|الي|جانب|ثم|حتي|خارجيه|الخارجيه|دفاع|الدفاع|حكومه|الحكومه|مجلس|الامن|جمهوريه|دوله|الدوله))$/u;

/**
 * After a comma, a delegate is still the verb's only as one of a list: "وسط غياب باشينيان، ألقى
 * توكاييف كلمة", "وغاب باشينيان، وترأس لوكاشينكو الجلسة" give the one after the comma a verb of
 * his own. Names (the sentence's entities) are passed over.
 */
function listedAfterComma(norm: string, s: Sentence, from: number, d: EntityHit): boolean {
	const gap = norm.slice(from, d.start);
	const comma = Math.max(gap.lastIndexOf('،'), gap.lastIndexOf(','));
	if (comma < 0) return true;
	let tail = '';
	let at = from + comma + 1;
	for (const e of s.entities) {
		if (e.end <= at || e.start >= d.start) continue;
		tail += norm.slice(at, Math.max(at, e.start)) + ' ';
		at = Math.max(at, e.end);
	}
	tail += norm.slice(at, d.start);
	return tail
		.split(/\s+/)
		.filter((w) => w !== '' && w !== 'و' && w !== 'ف')
		.every((w) => isOfficeWord(w) || LISTING.test(w));
}

/**
 * The verb before a delegate is its own, up to a break between headlines or clauses of their
 * own ("بغياب أرمينيا.. وبوتين:"), and not past another predicate ("لن يشارك …، وفق ما أعلنه
 * مكتبه، مشيرا إلى أنه أبلغ رئيس الدوما").
 */
function verbOf(norm: string, s: Sentence, polar: CueHit[], d: EntityHit): CueHit | undefined {
	let cue: CueHit | undefined;
	for (const c of polar)
		if (
			c.end <= d.start &&
			!BREAK.test(norm.slice(c.end, d.start)) &&
			listedAfterComma(norm, s, c.end, d) &&
			!s.cues.some((x) => x.kind === 'speech' && x.start >= c.end && x.end <= d.start)
		)
			cue = c;
	return cue;
}

export function readAttendance(norm: string, s: Sentence): AttendanceReading {
	// Most sentences say nothing of attendance: skip the delegate analysis for them. (A meeting's
	// noun may still stand beside a deed there: "التقى بوتين نظيره على هامش القمة".)
	if (!s.cues.some((c) => RELEVANT.has(c.kind) || MEETING_NOUNS.has(c.kind)))
		return {
			participation: new Map(),
			chair: null,
			byVideo: false,
			speakers: new Set(),
			host: false
		};
	// Observers and guests ("ضيفاً", "بصفة مراقب") are not participants.
	const delegates = listDelegates(norm, s).filter(
		(e) => !GUEST.test(norm.slice(e.end, e.end + 60))
	);
	const polar = polarCues(norm, s);
	const participation = new Map<string, Attendance>();
	const assignedBy = new Map<CueHit, string[]>();
	const speakers = new Set<string>();
	let chair: string | null = null;

	const subject = delegates.find((d) => !isObject(norm, s, d));
	// "القادة الخمسة، فلاديمير بوتين وألكسندر لوكاشينكو …، جلسوا": the subject may be a list.
	const subjects = new Set(subject ? [subject] : []);
	for (
		let i = subject ? delegates.indexOf(subject) + 1 : delegates.length;
		i < delegates.length;
		i++
	) {
		const joint = norm.slice(delegates[i - 1]!.end, delegates[i]!.start);
		// Another member needs «و» or a comma ("أبلغ باشينيان لوكاشينكو": the second is the object).
		const same = delegates[i]!.country === delegates[i - 1]!.country;
		if (!LIST_JOINT.test(joint) || (!same && !/[و،,]/.test(joint))) break;
		subjects.add(delegates[i]!);
	}
	const before = delegates.map((d) => verbOf(norm, s, polar, d));
	delegates.forEach((d, i) => {
		let cue = before[i];
		// Subject first ("بوتين، سيشارك"): only if nothing else is said of it before that verb.
		const next = polar.find((c) => c.start >= d.end);
		// "قال لوكاشينكو: لم يحضر رئيس الوزراء الأرميني": a verb with a subject after it is that one's.
		const itsOwn =
			next && delegates.some((x, k) => k > i && before[k] === next && x.country !== d.country);
		if (
			!cue &&
			!itsOwn &&
			subjects.has(d) &&
			next &&
			(!predicateBetween(norm, s, d.end, next.start) || ownWords(norm, s, d, next, delegates))
		)
			cue = next;
		// The subject before its verb: only the first delegate, and only up to that verb.
		if (!cue) return;
		const country = d.country!;
		// "فلا رئيس الوزراء حضر، ولا أوفد من ينوب عنه": a present verb under "لا" is an absence.
		const negated =
			cue.kind === 'present' &&
			d.end <= cue.start &&
			NEGATED.test(norm.slice(Math.max(s.start, cue.start - 40), cue.start));
		const value: Attendance = cue.kind === 'absent' || negated ? 'absent' : 'present';
		// A stated absence is stronger than a presence read off a list in the same sentence.
		if (participation.get(country) !== 'absent') participation.set(country, value);
		assignedBy.set(cue, [...(assignedBy.get(cue) ?? []), country]);
	});

	if (polar.length === 0 && delegates.length > 0 && s.cues.some((c) => c.kind === 'speech')) {
		speakers.add(delegates[0]!.country!);
	}

	// "يشارك … عبر الفيديو" is one delegate by video; "أقيمت عبر الفيديو", "قمة عبر الفيديو" is the
	// whole meeting. The nearest attendance or "held" verb before the cue decides; meeting nouns
	// decide only when there is no verb.
	let byVideo = false;
	for (const v of s.cues.filter((c) => c.kind === 'video')) {
		let verb: CueHit | undefined;
		for (const c of s.cues)
			if (c.end <= v.start && (POLAR.has(c.kind) || c.kind === 'held')) verb = c;
		// "بحضور …، في حين تابع الرئيس الروسي الأشغال عبر تقنية الاتصال المرئي": a clause set
		// against the list has its own subject, who alone took part by video.
		const contrast = verb ? lastBreak(norm.slice(verb.end, v.start)) : -1;
		const subjects =
			verb && contrast >= 0
				? delegates.filter((d) => d.start >= verb.end + contrast && d.end <= v.start)
				: [];
		if (subjects.length > 0) {
			for (const d of subjects) participation.set(d.country!, 'video');
		} else if (verb && POLAR.has(verb.kind)) {
			// "مثّل قرغيزستان رئيس الوزراء عبر الفيديو": by video, whatever else the sentence said of it.
			for (const country of assignedBy.get(verb) ?? []) participation.set(country, 'video');
			// "…، الذي اعتذر عن الحضور شخصيا، واكتفى بالمشاركة عن بعد": the same subject, by video.
			if (!assignedBy.has(verb)) {
				const subject = [...delegates].reverse().find((d) => d.end <= verb!.start);
				if (subject) participation.set(subject.country!, 'video');
			}
		} else if (verb || s.cues.some((c) => c.end <= v.start && MEETING.has(c.kind))) {
			byVideo = true;
		}
	}

	for (const c of s.cues.filter((h) => h.kind === 'chair')) {
		const after = delegates.find((d) => d.start >= c.end && d.start - c.end < 40);
		const before = [...delegates].reverse().find((d) => d.end <= c.start && c.start - d.end < 40);
		const who = after ?? before;
		// "ولم يترأس لوكاشينكو الجلسة": who did not chair it is neither chair nor shown there.
		if (NEGATED_VERB.test(norm.slice(Math.max(s.start, c.start - 8), c.start))) continue;
		// "ومن المقرر أن يترأس لوكاشينكو الجلسة": a chair still to come is not yet there.
		const toCome = s.cues.some(
			(x) =>
				(x.kind === 'planned' || x.kind === 'hope' || x.kind === 'negation') &&
				x.end <= c.start &&
				c.start - x.end <= 30 &&
				!/[،,.]/.test(norm.slice(x.end, c.start))
		);
		if (who && toCome) chair = who.country;
		else if (who) {
			chair = who.country;
			// Whoever chairs this meeting is at it ("ترأس الاجتماع", "ترأسها", "برئاسة"), unless by
			// video; a country chairing the body this year may be absent from one.
			if (
				!participation.has(who.country!) ||
				(CHAIRS_THIS.test(norm.slice(c.start, c.end + 16)) &&
					!BODY_CHAIR.test(norm.slice(Math.max(s.start, c.start - 12), c.end + 30)) &&
					participation.get(who.country!) !== 'video')
			)
				participation.set(who.country!, 'present');
		}
	}
	// "قال بوتين في كلمته أمام القمة", "التقى بوتين نظيره الطاجيكي على هامش القمة": there.
	for (const country of presentByDeed(norm, s, delegates))
		if (!participation.has(country)) participation.set(country, 'present');
	return { participation, chair, byVideo, speakers, host: hostPresent(norm, s, polar) };
}

/** "المضيف", "البلد المضيف", "الدولة المضيفة", "الرئيس المستضيف". */
const HOST = /(?<![\p{L}])[وبل]?(?:ال)?(?:مضيف|مضيفه|مستضيف|مستضيفه)(?![\p{L}])/u;

/** The host named after the first presence verb, with no absence verb between them. */
function hostPresent(norm: string, s: Sentence, polar: CueHit[]): boolean {
	const verb = polar.find((c) => c.kind === 'present');
	if (!verb) return false;
	const m = HOST.exec(norm.slice(verb.end, s.end));
	if (!m) return false;
	const at = verb.end + m.index;
	return !polar.some((c) => c.kind === 'absent' && c.start > verb.end && c.start < at);
}
