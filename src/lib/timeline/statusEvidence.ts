import type { AtlasEvent, Quote, StatusAct, StatusPeriod } from '$lib/model/schema';

export interface EvidenceItem {
	quote: Quote;
	act: StatusAct;
	/** The meeting whose attendance it is, or whose source it also is. */
	event?: AtlasEvent;
}

/**
 * A status period's sentences with the act each records. A sentence an event cites is stored as
 * a reference to it (event id, index into its sources): resolved here against the events.
 */
export function statusEvidence(
	period: StatusPeriod,
	byId: ReadonlyMap<string, AtlasEvent>
): EvidenceItem[] {
	return period.sources.flatMap((s): EvidenceItem[] => {
		if ('quote' in s) {
			const { article, start, end, quote } = s;
			return [{ quote: { article, start, end, quote }, act: s.act }];
		}
		const event = byId.get(s.event);
		const source = event?.sources[s.source];
		if (!event || !source) return [];
		const { article, start, end, quote } = source;
		return [{ quote: { article, start, end, quote }, act: s.act, event }];
	});
}
