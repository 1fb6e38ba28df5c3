/**
 * Being at a meeting told by what a delegate did there, with no verb of attending: "قال بوتين في
 * كلمته أمام القمة", "ألقى توكاييف كلمة في القمة", "التقى بوتين نظيره الطاجيكي على هامش القمة"
 * (both sides of the talks). Folded text.
 */
import { MEMBERS } from '../../model/members';
import type { CueHit } from './findCues';
import type { EntityHit, Sentence } from './types';

const MEETING = new Set<CueHit['kind']>(['summit', 'ministerial', 'meeting']);

/**
 * "في كلمته أمام", "في كلمة ألقاها خلال", "ألقى بوتين كلمة في أعمال" right before the meeting's
 * noun: a speech in it, told given (not "سيلقي كلمة", "في كلمته المرتقبة").
 */
const SPOKE_AT =
	/(?:(?:^|\s)[وف]?(?:في|خلال)\s+(?:كلمته|كلمتها|خطابه|خطابها|(?:كلمه|خطاب)\s+(?:له|لها|القاها|القاه))(?:\s+(?:القاها|القاه|الافتتاحيه))?|(?:^|\s)[وف]?(?:القي|القت)\s+(?:\S+\s+){0,5}?(?:كلمه|خطابا|كلمته|كلمتها|خطابه))\s+(?:امام|في|خلال)\s+(?:اعمال\s+|جلسات\s+)?(?:ال)?$/;

/** "على هامش القمة", "على هامش أعمال الاجتماع". */
const SIDELINES = /(?:^|\s)[وف]?علي\s+هامش\s+(?:اعمال\s+)?(?:ال)?$/;
/** Talks told held: "التقى", "اجتمع", "بحث", "عقد … لقاء" (not "سيلتقي", "أن يلتقي"). */
const MET =
	/(?:^|\s)[وف]?(?:التقي|التقت|التقيا|اجتمع|اجتمعت|اجتمعا|بحث|بحثت|بحثا|ناقش|ناقشت|ناقشا|عقد|عقدت|عقدا)(?![\p{L}])/u;
/** What ends the reach of the deed: another clause set against it, a question, a semicolon. */
const BREAK = /[.؛!?؟]|(?:^|[\s،,])(?:فيما|بينما|في\s+حين|لكن)\s/u;
/** Words that make what follows them not done: a plan, a hope, a doubt, a negation. */
const NOT_DONE = new Set<CueHit['kind']>(['planned', 'hope', 'irrealis', 'negation', 'cancelled']);

const isMember = (country: string | null): country is string =>
	country !== null && (MEMBERS as readonly string[]).includes(country);

/** The members the sentence shows at one of its meetings by a speech there or talks on its sidelines. */
export function presentByDeed(norm: string, s: Sentence, delegates: EntityHit[]): string[] {
	const out = new Set<string>();
	for (const m of s.cues) {
		if (!MEETING.has(m.kind)) continue;
		const before = norm.slice(Math.max(s.start, m.start - 80), m.start);
		if (s.cues.some((c) => NOT_DONE.has(c.kind) && c.end <= m.start)) continue;
		const spoke = SPOKE_AT.exec(before);
		if (spoke) {
			// The speaker: the nearest delegate before the meeting's noun ("ألقى بوتين كلمة أمام
			// القمة", "قال بوتين في كلمته أمام القمة") or right after it ("في كلمته أمام القمة، قال
			// بوتين"), with nothing set against the speech between.
			const speaker =
				[...delegates]
					.reverse()
					.find((d) => d.end <= m.start && !BREAK.test(norm.slice(d.end, m.start))) ??
				delegates.find((d) => d.start >= m.end && !BREAK.test(norm.slice(m.end, d.start)));
			if (speaker && isMember(speaker.country)) out.add(speaker.country);
			continue;
		}
		if (!SIDELINES.test(before)) continue;
		// Talks held on the sidelines, in the same part of the sentence: every side was there.
		let from = m.start;
		while (from > s.start && !BREAK.test(norm.slice(from - 1, m.start))) from--;
		let to = m.end;
		while (to < s.end && !BREAK.test(norm.slice(m.end, to + 1))) to++;
		const part = norm.slice(from, to);
		if (!MET.test(part)) continue;
		for (const d of delegates)
			if (d.start >= from && d.end <= to && isMember(d.country)) out.add(d.country);
	}
	return [...out];
}
