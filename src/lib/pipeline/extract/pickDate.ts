/**
 * Which of a sentence's dates dates a happening: the date belongs to the happening's own
 * predicate, not to the reporting verb beside it. In order:
 * 1. a date in the trigger's own clause ("جلسة … المقررة في الثالث والعشرين"), nearest first,
 *    one after the trigger before one in front of it;
 * 2. a date in the clause of the verb that makes it happen ("انعقدت اليوم الاثنين، عبر الفيديو،
 *    جلسة …", "اندلعت … يوم الأحد");
 * 3. otherwise the sentence's nearest usable date, unless the trigger names a happening only as
 *    a point of reference ("بعد المواجهات"), which is dated by its own relative clause alone, and
 *    not one in a clause of its own that names a happening of another kind.
 * A date told right after a phone call, before the happening, is the call's (`datesCall`), and a
 * date in a «، وهي التي …» aside the trigger is not in is the aside's (`relativeAside.ts`).
 */
import { inOtherAside } from './relativeAside';
import type { CueHit } from './findCues';
import { clauseAround, inside, type Span } from './clause';
import type { DateHit, Sentence } from './types';
import { OCCASION_OF } from './withAnaphoricDays';

const distance = (d: Span, at: Span) => (d.start >= at.end ? d.start - at.end : at.start - d.end);

function nearestIn(dates: DateHit[], at: Span, within: Span): DateHit | undefined {
	const inClause = dates.filter((d) => inside(within, d));
	const after = inClause.filter((d) => d.start >= at.end);
	const pool = after.length > 0 ? after : inClause;
	let best: DateHit | undefined;
	for (const d of pool) if (!best || distance(d, at) < distance(best, at)) best = d;
	return best;
}

const PREDICATES = new Set(['occurred', 'held']);

export function pickDate(
	norm: string,
	s: Sentence,
	trigger: CueHit,
	dates: DateHit[],
	referenceOnly: boolean
): DateHit | undefined {
	dates = dates.filter(
		(d) => !datesCall(norm, s, d, trigger) && !inOtherAside(norm, s, d.start, trigger.start)
	);
	if (dates.length === 0) return undefined;
	const clause = clauseAround(norm, s, trigger);
	const own = nearestIn(dates, trigger, clause);
	if (referenceOnly) {
		// A point of reference is dated only by what follows it ("المواجهات التي اندلعت يومي …").
		if (own && own.start >= trigger.end) return own;
		return toldAfterComma(norm, s, trigger, clause, dates);
	}
	if (own) {
		// "التأم، يوم الجمعة 10 يونيو، مجلس الوزراء برئاسة ميرزويان، الذي تترأس بلاده المنظمة هذا
		// العام": a year told only as "this year" in the clause yields to the day of the verb.
		if (own.relative && own.date?.length === 4) {
			const day = [
				byVerb(norm, s, trigger, dates),
				nearestDay(dates, trigger, clause),
				sameHappeningDay(norm, s, trigger, clause, dates)
			].find((d) => d?.date?.length === 10);
			if (day) return day;
		}
		return own;
	}
	const dated = byVerb(norm, s, trigger, dates);
	if (dated) return dated;
	// Inside reported speech ("قال إن إطلاق النار ما زال يسجل") the sentence's date is the
	// statement's, not the happening's.
	if (s.cues.some((c) => c.kind === 'speech' && c.start >= clause.start && c.end <= trigger.start))
		return undefined;
	let best: DateHit | undefined;
	for (const d of dates)
		if (
			(!best || distance(d, trigger) < distance(best, trigger)) &&
			!datesAnotherKind(norm, s, d, trigger)
		)
			best = d;
	return best;
}

/**
 * "بعد يومين من مواجهات دامية بين قوات البلدين، اندلعت شرارتها مساء الأربعاء 28 أبريل": an
 * indefinite noun's own clause may follow the comma with no «التي», a verb of its happening
 * first; the day that clause tells is the noun's, if nothing else happens between.
 */
function toldAfterComma(
	norm: string,
	s: Sentence,
	trigger: CueHit,
	clause: Span,
	dates: DateHit[]
): DateHit | undefined {
	if (/ال$/.test(norm.slice(Math.max(0, trigger.start - 2), trigger.start))) return undefined;
	const verb = s.cues.find(
		(c) =>
			c.kind === 'occurred' &&
			c.start > clause.end &&
			/^[،,]\s*$/.test(norm.slice(clause.end, c.start))
	);
	if (!verb) return undefined;
	// Its subject the noun's own ("اندلعت شرارتها"), or none before the day ("وقعت يوم …"): not a
	// subject of its own ("، اندلعت يوم الجمعة مظاهرات" is checked below, "، اندلعت مظاهرات").
	const next = /^\s*(\S+)/.exec(norm.slice(verb.end))?.[1] ?? '';
	if (!OWN_SUBJECT.test(next)) return undefined;
	const own = clauseAround(norm, s, verb);
	const day = dates.find((d) => d.start >= verb.end && d.end <= own.end);
	if (!day) return undefined;
	const between = s.cues.some(
		(c) => HAPPENING[c.kind] !== undefined && c.start >= verb.end && c.end <= own.end
	);
	return between ? undefined : day;
}

/**
 * "على هامش قمة المنظمة التي استضافها الكرملين أمس الاثنين بمشاركة قادة الدول الست …": a day
 * told between an earlier name of the same happening and the trigger, in its clause. (Not a
 * reporting verb's day before it: "أعلن باشينيان اليوم أن إجراء تدريبات المنظمة هذا العام …".)
 */
function sameHappeningDay(
	norm: string,
	s: Sentence,
	trigger: CueHit,
	clause: Span,
	dates: DateHit[]
): DateHit | undefined {
	const kind = HAPPENING[trigger.kind];
	const first = s.cues.find(
		(c) =>
			c !== trigger && HAPPENING[c.kind] === kind && inside(clause, c) && c.end <= trigger.start
	);
	if (!first) return undefined;
	// Told of the first in its relative clause ("التي استضافها الكرملين أمس"), not of another
	// meeting beside it ("باجتماع وزراء الدفاع … يوم 10 أكتوبر وبقمة المنظمة هذا العام").
	return dates.findLast(
		(d) =>
			d.date?.length === 10 &&
			d.start >= first.end &&
			d.end <= trigger.start &&
			RELATIVE.test(norm.slice(first.end, d.start))
	);
}

const RELATIVE = /(?:^|\s)(?:التي|الذي|اللتين|اللذين)(?![\p{L}])/u;

/** A word that is the noun's own («شرارتها») or opens the day or place, not a new subject. */
const OWN_SUBJECT =
	/^(?:\S+(?:ها|ه|هما|هم)|يوم|يومي|مساء|صباح|فجر|ليل|ليله|ظهر|عصر|صبيحه|امس|اليوم|في|عند|قرب|بين|على|علي|[\d٠-٩]+)$/;

/**
 * The first day told after the trigger in its clause ("… هذا العام برئاسة ميرزويان يوم الجمعة 10
 * يونيو"); not one past a comma ("، تمهيدا للقمة المقررة يوم 23 نوفمبر").
 */
function nearestDay(dates: DateHit[], trigger: CueHit, clause: Span): DateHit | undefined {
	return dates.find((d) => d.date?.length === 10 && d.start >= trigger.end && d.end <= clause.end);
}

/** The date of the verb that makes the happening happen, nearest the trigger. */
function byVerb(norm: string, s: Sentence, trigger: CueHit, dates: DateHit[]): DateHit | undefined {
	let verb: CueHit | undefined;
	for (const v of s.cues)
		if (PREDICATES.has(v.kind) && (!verb || distance(v, trigger) < distance(verb, trigger)))
			verb = v;
	if (!verb) return undefined;
	// "افتتح الوزير، اليوم الثلاثاء، اجتماعاً": an adverbial between the verb and its object.
	const between = dates.filter((d) => d.start >= verb.end && d.end <= trigger.start);
	if (between.length > 0) return between[0];
	return nearestIn(dates, verb, clauseAround(norm, s, verb));
}

/** The kind of happening each trigger names. */
const HAPPENING: Partial<Record<string, string>> = {
	summit: 'meeting',
	ministerial: 'meeting',
	meeting: 'meeting',
	clash: 'clash',
	unrest: 'clash',
	exercise: 'deployment',
	troops: 'deployment',
	withdrawal: 'deployment',
	supply: 'deployment'
};

/**
 * A date in another clause, beside a happening of another kind and none of the trigger's, is
 * that one's: "قمة يريفان التي رفض فيها …، وتبعها رفض بلاده استضافة المناورات المقررة هذا
 * العام" dates the exercise, not the summit.
 */
function datesAnotherKind(norm: string, s: Sentence, d: DateHit, trigger: CueHit): boolean {
	const clause = clauseAround(norm, s, d);
	if (inside(clause, trigger)) return false;
	const kinds = s.cues
		.filter(
			(c) =>
				inside(clause, c) &&
				HAPPENING[c.kind] !== undefined &&
				// "وفي اليوم التالي للقمة، اندلعت …": the day is counted from that one, not its own.
				!(c.start >= d.end && COUNTED_FROM.test(norm.slice(d.end, c.start)))
		)
		.map((c) => HAPPENING[c.kind]);
	return kinds.length > 0 && !kinds.includes(HAPPENING[trigger.kind]);
}

/** How far after a phone call its date may stand: "في اتصال هاتفي مع نظيره الأرميني نيكول باشينيان يوم …". */
const CALL_REACH = 60;

/**
 * "أعرب بوتين في اتصال هاتفي مع باشينيان يوم 20 نوفمبر عن أمله في أن يحضر القمة": a date after
 * the call, with no happening between them and the happening further on, dates the call.
 */
function datesCall(norm: string, s: Sentence, d: DateHit, trigger: CueHit): boolean {
	// (A clash or a deployment is often told in the call and on its day: "أبلغه في اتصال هاتفي فجر
	// 13 سبتمبر بالهجوم".)
	if (HAPPENING[trigger.kind] !== 'meeting' || d.end > trigger.start) return false;
	return s.cues.some(
		(c) =>
			c.kind === 'phone' &&
			c.end <= d.start &&
			d.start - c.end <= CALL_REACH &&
			// "وبعد اتصال هاتفي …، اندلعت في 14 سبتمبر", "أكد في اتصال هاتفي أن يوم 23 نوفمبر سيشهد
			// انعقاد القمة": the date is another clause's.
			!/[.،,؛!?؟]|(?:^|\s)(?:ان|بان|انه|انها)\s/.test(norm.slice(c.end, d.start)) &&
			!s.cues.some((t) => HAPPENING[t.kind] !== undefined && t.start >= c.end && t.end <= d.start)
	);
}

/** What stands between a day counted from a happening and its noun: "اليوم التالي| للقمة", "عشية| القمة". */
const COUNTED_FROM = new RegExp(`^\\s*(?:ل|لل|علي\\s+|\\s)${OCCASION_OF}(?:ال)?$`);
