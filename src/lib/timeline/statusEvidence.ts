import type { MaybeDetailed } from '$lib/detail/attendanceSources';
import type { Quote, StatusAct, StatusPeriod } from '$lib/model/schema';

export interface EvidenceItem {
	quote: Quote;
	act: StatusAct;
	/** The meeting whose attendance it is (only for an attendance act). */
	event?: MaybeDetailed;
}

/** Acts that are attendance at a meeting: their sentence's event is that meeting. */
const AT_MEETING = new Set<StatusAct>(['attended', 'attended-by-video', 'absent-from-meeting']);

/**
 * A status period's sentences with the act each records. A sentence an event cites is stored as
 * a reference to it (event id, index into its sources): resolved here against the events, left
 * out while that event's details are not loaded (see refsOf).
 */
export function statusEvidence(
	period: StatusPeriod,
	byId: { get(id: string): MaybeDetailed | undefined }
): EvidenceItem[] {
	return period.sources.flatMap((s): EvidenceItem[] => {
		if ('quote' in s) {
			const { article, start, end, quote } = s;
			return [{ quote: { article, start, end, quote }, act: s.act }];
		}
		const event = byId.get(s.event);
		const source = event?.sources?.[s.source];
		if (!event || !source) return [];
		const { article, start, end, quote } = source;
		// Any other act's sentence may be one an event cites (a clash report recalling a
		// complaint): it is not that event's act.
		return [
			{
				quote: { article, start, end, quote },
				act: s.act,
				...(AT_MEETING.has(s.act) ? { event } : {})
			}
		];
	});
}

/** The ids of the events whose sentences a period cites by reference: their details must load. */
export function refsOf(period: StatusPeriod): string[] {
	return [...new Set(period.sources.flatMap((s) => ('quote' in s ? [] : [s.event])))];
}
