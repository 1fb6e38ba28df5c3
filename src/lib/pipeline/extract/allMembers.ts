/**
 * Attendance said of the whole alliance at once: "بحضور جميع القادة باستثناء الرئيس الروسي",
 * "حضرتها الدول الأعضاء كافة باستثناء أرمينيا", "القادة الستة", "عقد قادة الدول الأعضاء … جلسة",
 * "فيما حضر بقية القادة" (the rest: those the sentence says stayed away keep their absence),
 * "الاجتماع الاستثنائي الذي عقده القادة" (the leaders, bare, holding the alliance's meeting).
 * Every member attended but those named after "باستثناء / عدا / ما عدا / دون".
 */
import { MEMBERS } from '../../model/members';
import type { Attendance } from '../../model/schema';
import type { Sentence } from './types';

// Folded as the text is (normalize.ts: ؤ → و): "روساء" is matched as "روساء".
const ALL =
	/(?:(?:جميع|كافه|كل|بقيه|باقي|سائر)\s+(?:القاده|الزعماء|الروساء|الدول\s+الاعضاء|الاعضاء|الدول\s+الست|قاده\s+الدول\s+الاعضاء)|(?:الدول\s+الاعضاء|القاده|الاعضاء)\s+كافه|(?:القاده|الزعماء|الروساء|قاده\s+الدول|روساء\s+الدول|الدول)\s+(?:السته|الست)|(?:^|[\s،,])(?:[وف]?(?:قاده|روساء|زعماء))\s+الدول\s+الاعضاء|(?:^|\s)(?:عقده|عقدها|عقده|اجتمع|التقي)\s+القاده(?!\s+(?:ال)?(?:عسكري|ميداني|امني)))/;
const EXCEPT_ALL = /(?:باستثناء|عدا|ما\s+عدا|دون|سوي)\s/g;

export function allMembers(norm: string, s: Sentence): Map<string, Attendance> | null {
	const text = norm.slice(s.start, s.end);
	if (!ALL.test(text)) return null;
	const out = new Map<string, Attendance>(MEMBERS.map((m) => [m, 'present' as Attendance]));
	for (const except of text.matchAll(EXCEPT_ALL)) {
		// Only an exception to the whole: an "all" phrase shortly before it.
		if (!ALL.test(text.slice(Math.max(0, except.index - 50), except.index))) continue;
		// The members named right after the exception, up to the end of its clause.
		const from = s.start + except.index + except[0].length;
		const clauseEnd = norm.slice(from, s.end).search(/[،,.؛]|\sالذي\s|\sالتي\s/);
		const to = clauseEnd < 0 ? s.end : from + clauseEnd;
		for (const e of s.entities)
			if (e.start >= from && e.start < to && e.country !== null && out.has(e.country))
				out.set(e.country, 'absent');
	}
	return out;
}
