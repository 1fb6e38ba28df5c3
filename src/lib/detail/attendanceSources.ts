import type { AtlasEvent, Source } from '$lib/model/schema';

/**
 * The sentences that state one member's attendance at a meeting, as the event set records them:
 * the one that says what the entry says first. Empty when the meeting does not report the member.
 */
export function attendanceSources(event: AtlasEvent, code: string): Source[] {
	const cited = event.participationSources?.[code] ?? [];
	return cited.flatMap((i) => (event.sources[i] ? [event.sources[i]] : []));
}
