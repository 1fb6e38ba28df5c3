import type { Attendance } from '../../model/schema';
import type { CitedSource, SentenceClaims } from './types';

/** Everything either reading of one sentence states; an attendance read twice keeps the first. */
export function mergeClaims(a: SentenceClaims, b: SentenceClaims): SentenceClaims {
	const out: SentenceClaims = { ...b, ...a };
	if (a.attendance || b.attendance) {
		const attendance: Record<string, Attendance> = { ...b.attendance, ...a.attendance };
		out.attendance = attendance;
	}
	return out;
}

/**
 * Cites `source` in `list` once: the same sentence (article and offset) read for two claims,
 * say its date by one rule and its attendance by another, is one source that states both.
 * Replaces rather than mutates, since a source object may be shared between candidates.
 */
export function addSource(list: CitedSource[], source: CitedSource): void {
	const i = list.findIndex((x) => x.article === source.article && x.start === source.start);
	if (i < 0) list.push(source);
	else list[i] = { ...list[i]!, claims: mergeClaims(list[i]!.claims, source.claims) };
}
