import type { MemberCode } from '$lib/model/members';
import type { Source } from '$lib/model/schema';
import { normalizeText } from '$lib/search/normalizeText';
import { MEMBER_TERMS } from './memberTerms';

const PREFIXES = ['وال', 'بال', 'فال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف'];

function stems(word: string): string[] {
	return [word, ...PREFIXES.filter((p) => word.startsWith(p)).map((p) => word.slice(p.length))];
}

/** Whether a sentence names a member: its country (noun or adjective) or one of its leaders. */
export function namesMember(quote: string, code: MemberCode): boolean {
	const terms = MEMBER_TERMS[code].map(normalizeText);
	return normalizeText(quote)
		.split(' ')
		.some((word) => stems(word).some((s) => terms.some((t) => s.startsWith(t))));
}

/**
 * The sentences behind one attendance cell, until the event set records per-claim provenance:
 * the meeting's sources whose quote names that member. Empty when none does.
 */
export function sourcesNaming(sources: readonly Source[], code: MemberCode): Source[] {
	return sources.filter((s) => namesMember(s.quote, code));
}
