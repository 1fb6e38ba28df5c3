/**
 * Whose happening a trigger names. An event needs the CSTO behind it (the organisation, its
 * bodies, its collective forces or its named exercises) — or, for a clash, a member state as a
 * party. Other blocs' summits and drills, bilateral and national exercises, a national army's
 * peacekeepers, sport and climate "summits" share the words and are not the alliance's.
 */
import { clauseAround, inside } from './clause';
import type { CueHit } from './findCues';
import type { EntityHit, Sentence } from './types';

export const CSTO = 'csto';

/** Orgs other than the CSTO whose meetings and drills share the same words. */
export const OTHER_ORGS = new Set([
	'sco',
	'cis',
	'eaeu',
	'nato',
	'un',
	'eu',
	'brics',
	'g20',
	'g7',
	'arab-league',
	'gcc',
	'oic',
	'african-union',
	'asean',
	'osce',
	'ots',
	'cica',
	'eco'
]);

const near = (
	a: { start: number; end: number },
	b: { start: number; end: number },
	reach: number
) =>
	(b.start >= a.end && b.start - a.end <= reach) || (a.start >= b.end && a.start - b.end <= reach);

function orgs(s: Sentence, pred: (e: EntityHit) => boolean) {
	return s.entities.filter((e) => e.kind === 'org' && pred(e));
}

/** A drill word just before ("مناورات «التفاعل»"), or a year just after ("التفاعل-2022"). */
const DRILL_BEFORE =
	/(?:تدريبات|مناورات|تمرين|تمارين|التدريبات|المناورات|مناوره|تدريب)\s*[«"'“(]?\s*$/;
const YEAR_AFTER = /^\s*[»"'”)]?\s*[-–]?\s*(?:19|20)\d\d/;

/**
 * The alliance named only to deny it or as what a third party leads: "مناورات ثنائية لا علاقة لها
 * بمنظمة الأمن الجماعي", "ليست قمة للأمن الجماعي", "خارج إطار المنظمة", "موسكو التي تقود تحالفا
 * … هو منظمة معاهدة الأمن الجماعي", "وهي صيغة مستقلة عن منظمة …", "بمعزل عن المنظمة".
 */
const DENIED_BEFORE =
	/(?:لا\s+(?:علاقه|صله)\s+\S+|ليست|ليس|خارج\s+(?:اطار|نطاق)|لا\s+[يت]مت\s+بصله\s+\S+|بعيدا\s+عن|(?:مستقل|منفصل)\S{0,2}\s+(?:تماما\s+)?عن|بمعزل\s+عن|بمناي\s+عن|(?:تقود|تتزعم|يقود|يتزعم)\S*(?:\s+\S+){0,6})\s+(?:\S+\s+){0,2}\S*$/;

function namedAsOwner(norm: string, e: EntityHit): boolean {
	return !DENIED_BEFORE.test(norm.slice(Math.max(0, e.start - 70), e.start));
}

/** The sentence names the alliance only to say the happening is not its own. */
export function deniesCsto(norm: string, s: Sentence): boolean {
	return orgs(s, (e) => e.id === CSTO && !namedAsOwner(norm, e)).length > 0;
}

/** The sentence names the alliance or one of its forces or exercises. */
export function namesCsto(norm: string, s: Sentence): boolean {
	return (
		orgs(s, (e) => e.id === CSTO && namedAsOwner(norm, e)).length > 0 ||
		s.cues.some(
			(c) =>
				c.kind === 'csto-force' ||
				(c.kind === 'exercise-name' &&
					(DRILL_BEFORE.test(norm.slice(Math.max(0, c.start - 20), c.start)) ||
						YEAR_AFTER.test(norm.slice(c.end, c.end + 8))))
		)
	);
}

/**
 * Another organisation or force is the trigger's own: right after it, or alone in its clause.
 * Which of the two ('organisation': another body named as the owner; 'force': a national or
 * bilateral force or drill), or null.
 */
export function otherOwner(
	norm: string,
	s: Sentence,
	trigger: CueHit,
	orgKinds: Set<string>
): 'organisation' | 'force' | null {
	const clause = clauseAround(norm, s, trigger);
	const other = orgs(s, (e) => e.id !== CSTO && orgKinds.has(e.id));
	if (other.some((o) => o.start >= trigger.end && o.start - trigger.end <= 40))
		return 'organisation';
	const cstoInClause = orgs(s, (e) => e.id === CSTO).some((x) => inside(clause, x));
	if (!cstoInClause && other.some((x) => inside(clause, x))) return 'organisation';
	return s.cues.some(
		(c) =>
			c.kind === 'other-force' && (near(c, trigger, 25) || (inside(clause, c) && !cstoInClause))
	)
		? 'force'
		: null;
}

/** A that-clause between a call and a meeting, with a verb of attending: what the call was about. */
const TOLD_OF = /(?:^|\s)(?:ب?ان|انه|انها|بانه|بانها)(?:\s|$)/;

/**
 * Sport, climate and world-body gatherings, or a phone call, named right at the trigger. Not a
 * meeting the call told of: "أبلغ لوكاشينكو في اتصال هاتفي أنه لن يحضر القمة".
 */
export function otherEvent(norm: string, s: Sentence, trigger: CueHit): boolean {
	return s.cues.some(
		(c) =>
			(c.kind === 'other-event' || c.kind === 'phone') &&
			near(c, trigger, 30) &&
			!(
				c.kind === 'phone' &&
				c.end <= trigger.start &&
				TOLD_OF.test(norm.slice(c.end, trigger.start)) &&
				s.cues.some(
					(a) =>
						(a.kind === 'present' || a.kind === 'absent') &&
						a.start >= c.end &&
						a.end <= trigger.start
				)
			)
	);
}

/**
 * The alliance named back by its common noun, bare ("المنظمة", "الحلف", "التكتل"; not "الحلف
 * الأطلسي", "المنظمة الدولية"): no other name may follow it.
 */
const BARE_OURS =
	/(?:^|\s)[وفبل]?(?:ال|لل)(?:منظمه|حلف|تكتل|تحالف)(?=\s*[.،,؛]|\s*$|\s+(?!(?:ال(?:اطلسي|دولي|دوليه|اوروبي|غربي|عسكري|امميه|اقليميه|اسلاميه|عربيه)|شنغهاي|الامم|لحلف|للتعاون|الناتو|ناتو)(?![\p{L}]))\S)/u;

/**
 * "أرسلت المنظمة قوات إلى …": in an article about the CSTO, the sender named back between the
 * verb and its troops, or just before the verb, or the owner right after the troops, is the
 * alliance — when the organisation last named by name, in the sentence before the trigger or
 * else in the sentences before it (`lastOrg`), is the CSTO: "عزز حلف شمال الأطلسي جناحه الشرقي.
 * ونشر الحلف آلاف الجنود" is NATO's.
 */
export function senderNamedBack(
	norm: string,
	s: Sentence,
	trigger: CueHit,
	lastOrg: 'csto' | 'other' | null
): boolean {
	const named = orgs(
		s,
		(e) => e.end <= trigger.start && (e.id === CSTO || OTHER_ORGS.has(e.id))
	).at(-1);
	const owner = named ? (named.id === CSTO ? 'csto' : 'other') : lastOrg;
	return (
		owner !== 'other' &&
		(BARE_OURS.test(norm.slice(Math.max(0, trigger.start - 14), trigger.end)) ||
			OURS_FORCE.test(norm.slice(trigger.end, trigger.end + 60)))
	);
}

/** The organisation a sentence names last by name, if it is the CSTO or another bloc. */
export function lastOrgNamed(s: Sentence): 'csto' | 'other' | null {
	const named = orgs(s, (e) => e.id === CSTO || OTHER_ORGS.has(e.id)).at(-1);
	return named ? (named.id === CSTO ? 'csto' : 'other') : null;
}
/** "وصول قوات حفظ السلام التابعة للمنظمة": the force the alliance owns, named back. */
const OURS_FORCE =
	/^(?:\s+\S+){0,5}?\s+(?:التابعه|التابعين)\s+(?:لل|ل)(?:منظمه|حلف|تكتل)(?![\p{L}])/u;

const OURS_AFTER =
	/^\s+(?:(?:قاده|زعماء|روساء|دول)\s+)?(?:المنظمه|الحلف|التكتل|التحالف)(?![\p{L}])/u;

/**
 * A bare "قمة" in an article about the CSTO is its summit only when it points back to one
 * ("القمة", "قمتهم") or names where it met ("قمة موسكو"); "قمة مانشستر يونايتد" is not.
 */
export function anaphoricOrPlaced(norm: string, s: Sentence, trigger: CueHit): boolean {
	// "قمة قادة المنظمة", "قمة الحلف": the article's organisation, named back.
	if (OURS_AFTER.test(norm.slice(trigger.end, trigger.end + 24))) return true;
	const word = norm.slice(Math.max(0, trigger.start - 4), trigger.end);
	if (
		/(?:^|[\s«"(])[وفبلك]?(?:ال|لل)\S*$/.test(word) ||
		!/^قمه$/.test(norm.slice(trigger.start, trigger.end))
	)
		return true;
	return s.entities.some(
		(e) =>
			(e.kind === 'place' || e.kind === 'country' || e.kind === 'org') &&
			e.start >= trigger.end &&
			e.start - trigger.end <= 4
	);
}
