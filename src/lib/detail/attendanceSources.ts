import type { AtlasEvent, Source } from '$lib/model/schema';

/** An event whose sentences may not have loaded yet (the explorer's index has none). */
export type MaybeDetailed = Omit<AtlasEvent, 'sources' | 'participationSources'> &
	Partial<Pick<AtlasEvent, 'sources' | 'participationSources'>>;

/**
 * The sentences that state one member's attendance at a meeting, as the event set records them:
 * the one that says what the entry says first. Empty when the meeting does not report the member
 * (or its sentences are not loaded).
 */
export function attendanceSources(event: MaybeDetailed, code: string): Source[] {
	const cited = event.participationSources?.[code] ?? [];
	const sources = event.sources ?? [];
	return cited.flatMap((i) => (sources[i] ? [sources[i]] : []));
}
