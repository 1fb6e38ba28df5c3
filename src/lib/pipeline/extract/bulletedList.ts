/**
 * "وجلس إلى طاولة القمة كل من:" over lines "- الرئيس الروسي فلاديمير بوتين": a list of who
 * attended (or stayed away) set out as bullets, one delegate a line. The head ends with a colon
 * and says how they took part; each bullet line names one delegate and says nothing else of it.
 */
import type { Attendance } from '../../model/schema';
import { isMember } from '../../model/members';
import { isDelegate } from './leaderMentions';
import { NEGATED_VERB } from './readAttendance';
import type { EntityHit, Sentence } from './types';

const POLAR: Record<string, Attendance> = { present: 'present', absent: 'absent', video: 'video' };

/** A bullet at the line's start: "-", "–", "•", "*", "1.", "2)". */
const BULLET = /^\s*(?:[-–—•*·▪●]|[0-9\u0660-\u0669]{1,2}\s*[.)\-–])\s*/;

/** What makes a head speak of another meeting than the one reported: a plan, a past one. */
const ELSEWHEN = new Set(['planned', 'past-reference', 'eve']);
/**
 * A wish or a supposition governs the attendance verb only before it: "وشارك في القمة التي بحثت
 * إمكانية نشر بعثة كل من:" reports who attended.
 */
const MOOD = new Set(['hope', 'irrealis', 'hypothetical']);
/** "وكان قد شارك في قمة يريفان العام الماضي كل من:": a meeting recalled. */
const RECALLED = /(?:^|\s)[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+)?قد\s/;

/**
 * How the members a list head introduces took part: absent if its attendance verb says so or is
 * negated, else by video if it says so, else present. None from a head that dates its meeting on
 * another day than today's ("التأم اليوم … وحضر الاجتماع كل من:" is the report itself), plans it
 * or recalls it.
 */
export function listHeadAttendance(raw: string, norm: string, s: Sentence): Attendance | null {
	if (!/[:：]\s*$/.test(raw.slice(s.rawStart, s.rawEnd))) return null;
	const polar = s.cues.filter((c) => c.kind in POLAR);
	if (polar.length === 0) return null;
	const verb = polar[0]!.start;
	if (
		s.dates.some((d) => !d.today) ||
		s.cues.some((c) => ELSEWHEN.has(c.kind) || (MOOD.has(c.kind) && c.start < verb))
	)
		return null;
	if (RECALLED.test(norm.slice(s.start, s.end))) return null;
	const negated = polar.some((c) =>
		NEGATED_VERB.test(norm.slice(Math.max(s.start, c.start - 8), c.start))
	);
	if (negated || polar.some((c) => c.kind === 'absent')) return 'absent';
	return polar.some((c) => c.kind === 'video') ? 'video' : 'present';
}

/** The line opens with a bullet. */
export const isBullet = (raw: string, s: Sentence) => BULLET.test(raw.slice(s.rawStart, s.rawEnd));

/** The member a bullet line names as a delegate, or null when the line is no bullet of a list. */
export function bulletMember(raw: string, norm: string, s: Sentence): string | null {
	if (!isBullet(raw, s)) return null;
	return s.entities.find((e) => memberDelegate(norm, e))?.country ?? null;
}

/** A member state's delegate: an office-holder of a member, or its leader by name. */
const memberDelegate = (norm: string, e: EntityHit) =>
	e.country !== null && isMember(e.country) && isDelegate(norm, e);

/** "- الرئيس الطاجيكي … عبر تقنية الفيديو": the bullet's own word on how its delegate took part. */
export function bulletAttendance(s: Sentence, head: Attendance): Attendance {
	return head === 'present' && s.cues.some((c) => c.kind === 'video') ? 'video' : head;
}

/** " – ", " - ", " — ", " | ": what sets apart the items of a list run on one line. */
const DASHES = /\s[–—|-]\s/;
/** An item's own word that its delegate took part from afar: "… عبر الفيديو". */
const FROM_AFAR = /(?:الفيديو|عن\s*بعد|افتراضي)/;

/**
 * "الرئيس الروسي فلاديمير بوتين – الرئيس البيلاروسي ألكسندر لوكاشينكو – …": a list run on the line
 * after its head, its items set apart by dashes. Each item's member and how it took part (the
 * head's, or by video if the item says so), when every item names one delegate; else none.
 */
export function dashedList(
	raw: string,
	norm: string,
	s: Sentence,
	head: Attendance
): [string, Attendance][] {
	const line = raw.slice(s.rawStart, s.rawEnd);
	if (!DASHES.test(line)) return [];
	const out: [string, Attendance][] = [];
	// Items in the folded text, by the dashes there: the entities' offsets are folded offsets.
	const text = norm.slice(s.start, s.end);
	let from = 0;
	for (const piece of text.split(new RegExp(DASHES.source, 'g'))) {
		const start = s.start + text.indexOf(piece, from);
		from = start - s.start + piece.length;
		const delegates = s.entities.filter(
			(e) => e.start >= start && e.end <= start + piece.length && memberDelegate(norm, e)
		);
		const member = delegates[0]?.country;
		if (!member || delegates.some((e) => e.country !== member)) return [];
		out.push([member, head === 'present' && FROM_AFAR.test(piece) ? 'video' : head]);
	}
	return out.length >= 2 ? out : [];
}
