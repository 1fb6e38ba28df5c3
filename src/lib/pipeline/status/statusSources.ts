/**
 * Status periods as shipped: a sentence an event already cites is named by the event's id and its
 * index there (the meeting the attendance is at, when the evidence came from one), so its quote is
 * not shipped twice; any other sentence carries its own quote.
 */
import type { AtlasEvent, StatusPeriod, StatusSource } from '../../model/schema';
import type { DerivedPeriod } from './deriveMemberStatus';

type Ref = { event: string; source: number };

/** Where each cited sentence (article and offset) is first cited, and by which event. */
export interface SourceIndex {
	first: Map<string, Ref>;
	/** Event id → sentence key → index into its sources. */
	byEvent: Map<string, Map<string, number>>;
}

const key = (article: string, start: number) => `${article}:${start}`;

/** Built once for all members: the events' sources by sentence. */
export function sourceIndex(events: readonly AtlasEvent[]): SourceIndex {
	const first = new Map<string, Ref>();
	const byEvent = new Map<string, Map<string, number>>();
	for (const e of events) {
		const own = new Map<string, number>();
		e.sources.forEach((s, source) => {
			const k = key(s.article, s.start);
			if (!own.has(k)) own.set(k, source);
			if (!first.has(k)) first.set(k, { event: e.id, source });
		});
		byEvent.set(e.id, own);
	}
	return { first, byEvent };
}

export function statusSources(periods: DerivedPeriod[], index: SourceIndex): StatusPeriod[] {
	return periods.map((p) => ({
		...p,
		sources: p.sources.map((s): StatusSource => {
			const k = key(s.article, s.start);
			const own = s.event ? index.byEvent.get(s.event)?.get(k) : undefined;
			const ref = own !== undefined ? { event: s.event!, source: own } : index.first.get(k);
			if (ref) return { act: s.act, ...ref };
			return { act: s.act, article: s.article, start: s.start, end: s.end, quote: s.quote };
		})
	}));
}
