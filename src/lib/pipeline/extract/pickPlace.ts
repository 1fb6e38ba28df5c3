/**
 * Where a happening took place: one place per event, from the trigger's own clause. A place
 * counts when it is named as a location — right after the trigger ("قمة موسكو"), or after a
 * locative word ("في", "بـ", "قرب", "العاصمة", "ميدان") or as a meeting's host ("احتضن الكرملين") — never as a time zone ("بتوقيت موسكو"),
 * an actor standing for its government ("يريفان لم تشارك", "التحالف الذي تقوده موسكو") or an
 * office's seat ("وزارة الدفاع في يريفان").
 */
import { countryByIso3, orgById } from '../gazetteer/lookups';

import { clauseAround } from './clause';
import type { CueHit } from './findCues';
import type { EntityHit, Sentence } from './types';

const LOCATIVE =
	/(?:^|[\s«(])(?:[وف]?(?:في|بال\S+|قرب|قرابه|بالقرب من|من|الي|داخل|علي اراضي|اراضي|ارض|حدود|مدينه|مدينتي|العاصمه|عاصمتها|بالعاصمه|ميدان|مركز|منطقه|اقليم|ولايه|مقاطعه|محيط|جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي))\s+(?:\S+\s+){0,2}$/;
// "حرب حول إقليم قره باغ", "مفاوضات بشأن …": what is fought or talked over, not where.
const NOT_A_PLACE =
	/(?:بتوقيت|توقيت|تقوده|تقودها|وزاره\s+\S+\s+في|سفاره|سفير|(?:^|\s)[وف]?(?:حول|بشان|بخصوص))\s*(?:\S+\s+){0,1}$/;

/**
 * "في أعنف قتال منذ حرب العام الماضي في ناغورني قره باغ", "منذ اندلاع الحرب في أوكرانيا": the
 * place of the happening compared with, not of this one.
 */
const SINCE_HAPPENING =
	/(?:^|\s)[وف]?منذ\s+(?:\S+\s+)?(?:ال)?(?:حرب|اندلاع|نزاع|معارك|مواجهات|اشتباكات|هجوم|تصعيد|غزو)\s+(?:\S+\s+){0,3}$/;

/**
 * "بمناسبة مرور ثلاثين عاما على توقيع معاهدة الأمن الجماعي في طشقند": where an anniversary's treaty
 * was signed or its body founded, not where the happening is. Only after a word of anniversary, and
 * not past a comma or the happening's own verb or noun ("بمناسبة الذكرى الثلاثين لتأسيس المنظمة
 * عقدت القمة في موسكو"; documents signed at a summit are signed where it is).
 */
const SIGNED_AT =
	/(?:ذكري|مرور|عاما\s+علي|عاما\s+من|اعوام\s+علي|سنوات\s+علي|سنه\s+علي)\s+(?:\S+\s+){0,2}?[وبل]?(?:ال)?(?:توقيع|تاسيس|انشاء|ابرام)\s+(?:(?!(?:[وف]?(?:عقد|انعقد|اجتمع|جرت|القمه|قمه|الاجتماع|اجتماع))\S*\s)[^\s،,.]+\s+){0,4}(?:في|ب)\s+(?:مدينه\s+|العاصمه\s+(?:\S+\s+)?)?$/;

/**
 * "احتضن الكرملين القمة", "القمة التي تستضيفها موسكو": the host of a meeting, named after its verb
 * (a pronoun suffix at most: «استضافة» the noun folds like «استضافه» the verb, so that form is
 * left out). A meeting's only: a clash's sentence may name a meeting hosted elsewhere.
 */
const HOSTED_BY =
	/(?:^|\s)(?:[وف]?(?:التي|الذي)\s+)?[وف]?(?:احتضن(?:ت|ها|ته|تها)?|[تي]حتضن(?:ها|ه)?|استضاف(?:ت|ها|ته|تها)?|[تي]ستضيف(?:ها|ه)?)\s+(?:\S+\s+){0,2}$/;
const MEETING_TRIGGERS = new Set(['summit', 'ministerial', 'meeting', 'extraordinary']);

const MEETING_WORDS = new Set(['summit', 'ministerial', 'meeting', 'held', 'occurred']);
// (Not any meeting: "أثناء اجتماع لممثلي حرس الحدود في منطقة باتكين" is where the clash was.)
const MEETING_NOUNS = new Set(['summit', 'ministerial']);

/**
 * "اندلعت اشتباكات … يوم 14 سبتمبر، قبيل قمة المنظمة في دوشنبه": a place in another clause,
 * named after a meeting's noun there, is the meeting's, not the clash's or the deployment's.
 */
function anotherMeetings(norm: string, s: Sentence, e: EntityHit, trigger: CueHit): boolean {
	if (MEETING_NOUNS.has(trigger.kind)) return false;
	const around = clauseAround(norm, s, e);
	if (trigger.start >= around.start && trigger.end <= around.end) return false;
	return s.cues.some(
		(c) => MEETING_NOUNS.has(c.kind) && c.start >= around.start && c.end <= e.start
	);
}

/**
 * Whether a place is named as where something is: after a locative word, or within `reach`
 * characters after the trigger ("قمة موسكو"; a clash's caller gives the towns a shelling struck
 * more room: "قصفت المدفعية الأذربيجانية جرموك").
 */
export function isLocation(norm: string, e: EntityHit, trigger?: CueHit, reach = 4): boolean {
	const before = norm.slice(Math.max(0, e.start - 30), e.start);
	if (NOT_A_PLACE.test(before)) return false;
	if (SINCE_HAPPENING.test(norm.slice(Math.max(0, e.start - 60), e.start))) return false;
	if (SIGNED_AT.test(norm.slice(Math.max(0, e.start - 60), e.start))) return false;
	if (trigger && e.start >= trigger.end && e.start - trigger.end <= reach) return true;
	// "بموسكو", "وبيريفان": the preposition is part of the word.
	if (/(?:^|\s)[وف]?ب$/.test(before)) return true;
	const words = before.split(/\s+/).slice(-3).join(' ');
	if (trigger && MEETING_TRIGGERS.has(trigger.kind) && HOSTED_BY.test(' ' + words)) return true;
	return LOCATIVE.test(' ' + words);
}

function asSeat(e: EntityHit): EntityHit {
	const seat = e.kind === 'org' ? orgById(e.id)?.seat : undefined;
	return seat ? { ...e, kind: 'place', id: seat } : e;
}

const CAPITAL_BEFORE = /(?:^|\s)[وفب]?(?:ال)?عاصمه\s+$/;

/** "شهدت العاصمة البيلاروسية اجتماعا": the capital named by its country's adjective is the city. */
function asCapital(norm: string, e: EntityHit): EntityHit {
	if (
		e.kind !== 'adjective' ||
		!CAPITAL_BEFORE.test(norm.slice(Math.max(0, e.start - 12), e.start))
	)
		return e;
	const capital = countryByIso3(e.id)?.capital;
	return capital ? { ...e, kind: 'place', id: capital } : e;
}

/** A place of one of the countries (any, without them) named as where the trigger happens. */
function placeFits(norm: string, e: EntityHit, trigger: CueHit, countries?: string[]): boolean {
	return (
		e.kind === 'place' &&
		(!countries || (e.country !== null && countries.includes(e.country))) &&
		isLocation(norm, e, trigger)
	);
}

export function pickPlace(
	norm: string,
	s: Sentence,
	trigger: CueHit,
	countries?: string[],
	/** Where else it may be named: anywhere in the sentence, with a meeting's verb, or nowhere. */
	scope: 'sentence' | 'meeting' | 'clause' = 'sentence'
): EntityHit | undefined {
	// "قمة في الكرملين": a seat named as a location is its city; so is "العاصمة الكازاخية".
	s = { ...s, entities: s.entities.map((e) => asCapital(norm, asSeat(e))) };
	const clause = clauseAround(norm, s, trigger);
	const inClause = s.entities.filter(
		(e) => e.start >= clause.start && e.end <= clause.end && placeFits(norm, e, trigger, countries)
	);
	if (inClause.length > 0) {
		const after = inClause.find((e) => e.start >= trigger.end);
		return after ?? inClause.at(-1);
	}
	if (scope === 'sentence')
		return s.entities.find(
			(e) => placeFits(norm, e, trigger, countries) && !anotherMeetings(norm, s, e, trigger)
		);
	if (scope === 'clause') return undefined;
	// A meeting's place is named with it or with the verb that holds it ("عُقد في العاصمة
	// البيلاروسية مينسك، اليوم، اجتماع"); elsewhere in the sentence is another story ("بعد سيطرة
	// طالبان على العاصمة كابل").
	const verb = s.cues.find(
		(c) => (c.kind === 'held' || c.kind === 'occurred') && c.end <= trigger.start
	);
	// Its clause, or an adverbial between it and the meeting ("افتتح الوزير، اليوم في مقر وزارته
	// بيريفان، اجتماعاً").
	if (verb) {
		const around = clauseAround(norm, s, verb);
		const found = s.entities.find(
			(e) =>
				((e.start >= around.start && e.end <= around.end) ||
					(e.start >= verb.end && e.end <= trigger.start)) &&
				placeFits(norm, e, trigger, countries)
		);
		if (found) return found;
	}
	// Else a clause that itself speaks of meetings ("وهي الجلسات المقرر عقدها في مدينة دوشنبه").
	return s.entities.find((e) => {
		if (!placeFits(norm, e, trigger, countries)) return false;
		const around = clauseAround(norm, s, e);
		return s.cues.some(
			(c) => MEETING_WORDS.has(c.kind) && c.start >= around.start && c.end <= around.end
		);
	});
}
