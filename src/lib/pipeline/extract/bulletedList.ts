/**
 * "وجلس إلى طاولة القمة كل من:" over lines "- الرئيس الروسي فلاديمير بوتين": a list of who
 * attended (or stayed away) set out as bullets, one delegate a line. The head ends with a colon
 * and says how they took part; each bullet line names one delegate and says nothing else of it.
 */
import type { Attendance } from '../../model/schema';
import { isMember } from '../../model/members';
import { isDelegate } from './leaderMentions';
import type { Sentence } from './types';

const POLAR: Record<string, Attendance> = { present: 'present', absent: 'absent', video: 'video' };

/** A bullet at the line's start: "-", "–", "•", "*", "1.", "2)". */
const BULLET = /^\s*(?:[-–—•*·▪●]|[0-9\u0660-\u0669]{1,2}\s*[.)\-–])\s*/;

/** How the members a list head introduces took part: its last attendance verb before the colon. */
export function listHeadAttendance(raw: string, s: Sentence): Attendance | null {
	if (!/[:：]\s*$/.test(raw.slice(s.rawStart, s.rawEnd))) return null;
	const polar = s.cues.filter((c) => c.kind in POLAR);
	return polar.length > 0 ? POLAR[polar[polar.length - 1]!.kind]! : null;
}

/** The member a bullet line names as a delegate, or null when the line is no bullet of a list. */
export function bulletMember(raw: string, norm: string, s: Sentence): string | null {
	if (!BULLET.test(raw.slice(s.rawStart, s.rawEnd))) return null;
	const delegate = s.entities.find(
		(e) => e.country !== null && isMember(e.country) && isDelegate(norm, e)
	);
	return delegate?.country ?? null;
}

export const isBullet = (raw: string, s: Sentence) => BULLET.test(raw.slice(s.rawStart, s.rawEnd));
