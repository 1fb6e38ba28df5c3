/**
 * Status periods as shipped: a sentence an event already cites is named by the event's id and its
 * index there (the meeting the attendance is at, when the evidence came from one), so its quote is
 * not shipped twice; any other sentence carries its own quote.
 */
import type { AtlasEvent, StatusPeriod, StatusSource } from '../../model/schema';
import type { DerivedPeriod } from './deriveMemberStatus';

export function statusSources(periods: DerivedPeriod[], events: AtlasEvent[]): StatusPeriod[] {
	const key = (article: string, start: number) => `${article}:${start}`;
	const byId = new Map(events.map((e) => [e.id, e]));
	const firstCiting = new Map<string, { event: string; source: number }>();
	for (const e of events)
		e.sources.forEach((s, source) => {
			const k = key(s.article, s.start);
			if (!firstCiting.has(k)) firstCiting.set(k, { event: e.id, source });
		});
	return periods.map((p) => ({
		...p,
		sources: p.sources.map((s): StatusSource => {
			const own = s.event ? byId.get(s.event) : undefined;
			const index = own?.sources.findIndex((x) => x.article === s.article && x.start === s.start);
			const ref =
				own && index !== undefined && index >= 0
					? { event: own.id, source: index }
					: firstCiting.get(key(s.article, s.start));
			if (ref) return { act: s.act, ...ref };
			return { act: s.act, article: s.article, start: s.start, end: s.end, quote: s.quote };
		})
	}));
}
