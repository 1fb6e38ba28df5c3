import type { AtlasEvent, EventSet, StatusSource } from '$lib/model/schema';

/**
 * A subset of the event set in the same schema: the given events, the articles they cite, and the
 * rest (window, countries, members' status) as they are, so the file reads like the app's own and
 * passes the same validation. A status sentence cited by reference to an event left out of the
 * subset is written out in full instead, so no reference points outside the file.
 */
export function toEventSet(data: EventSet, events: readonly AtlasEvent[]): EventSet {
	const kept = new Set(events.map((e) => e.id));
	const byId = new Map(data.events.map((e) => [e.id, e]));
	const inline = (s: StatusSource): StatusSource => {
		if ('quote' in s || kept.has(s.event)) return s;
		const source = byId.get(s.event)?.sources[s.source];
		if (!source) return s;
		const { article, start, end, quote } = source;
		return { act: s.act, article, start, end, quote };
	};
	const memberStatus = Object.fromEntries(
		Object.entries(data.memberStatus).map(([code, periods]) => [
			code,
			periods.map((p) => ({ ...p, sources: p.sources.map(inline) }))
		])
	);
	const cited = new Set([
		...events.flatMap((e) => e.sources.map((s) => s.article)),
		...Object.values(memberStatus).flatMap((periods) =>
			periods.flatMap((p) => p.sources.flatMap((s) => ('article' in s ? [s.article] : [])))
		)
	]);
	return {
		...data,
		articles: data.articles.filter((a) => cited.has(a.id)),
		events: [...events],
		memberStatus
	};
}

export function toEventSetJson(data: EventSet, events: readonly AtlasEvent[]): string {
	return JSON.stringify(toEventSet(data, events), null, '\t') + '\n';
}
