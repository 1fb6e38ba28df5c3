/**
 * What a sentence says about Armenia's standing in the alliance: chairing it, appealing to it,
 * accusing or refusing it, recalling its envoy, freezing its part. Attendance at summits is read
 * from the merged events instead (see deriveMemberStatus.ts). Evidence without a date cannot
 * place a period and goes to the report.
 */
import type { ArticleContext } from './context';
import { sourceOf } from './sourceOf';
import type { Sentence, StatusEvidence } from './types';

const SUBJECT = 'ARM';

const RULES: { kind: string; status: StatusEvidence['status']; chair?: true; why: string }[] = [
	{ kind: 'freeze', status: 'frozen', why: 'froze or suspended its participation' },
	{ kind: 'envoy-recalled', status: 'frozen', why: 'recalled its envoy to the organisation' },
	{ kind: 'strain', status: 'strained', why: 'accused, criticised or refused the organisation' },
	{ kind: 'appeal', status: 'active', why: 'appealed to the organisation for help' },
	{ kind: 'chair', status: 'active', chair: true, why: 'chaired the organisation or its summit' }
];

export function readStatusEvidence(
	ctx: ArticleContext,
	s: Sentence,
	notes: string[]
): StatusEvidence[] {
	const mentions = s.entities.filter((e) => e.country === SUBJECT && e.kind !== 'org');
	if (mentions.length === 0) return [];
	for (const rule of RULES) {
		const cue = s.cues.find((c) => c.kind === rule.kind);
		if (!cue) continue;
		// Chairing must be Armenia's own: its name right after "برئاسة" or its leader right before "ترأس".
		if (
			rule.chair &&
			!mentions.some(
				(m) =>
					(m.start >= cue.end && m.start - cue.end < 25) ||
					(m.end <= cue.start && cue.start - m.end < 40)
			)
		)
			continue;
		const dated = s.dates.filter((d) => d.date !== null && !d.today);
		const latest = dated
			.map((d) => d.date!)
			.sort()
			.at(-1);
		const date = latest ?? (s.cues.some((c) => c.kind === 'past-reference') ? null : ctx.newsDay);
		const source = sourceOf(ctx, s);
		if (!date) {
			notes.push(
				`Armenia ${rule.why}, but the sentence gives no date: "${source.quote.slice(0, 120)}"`
			);
			return [];
		}
		return [
			{
				country: SUBJECT,
				status: rule.status,
				...(rule.chair ? { chair: true } : {}),
				date,
				source,
				why: rule.why
			}
		];
	}
	return [];
}
