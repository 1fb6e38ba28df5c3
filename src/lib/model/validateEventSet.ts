import * as v from 'valibot';
import { EventSetSchema, type EventSet, type Quote } from './schema';

export interface Problem {
	path: string;
	message: string;
}

/**
 * Checks the shape against the schema, then the rules a schema cannot say: unique ids, sources
 * that point at known articles with quotes equal to the text at their offsets, events inside the
 * window, countries that the set names, attendance and sources that cite each other both ways,
 * status periods that cite sources that exist. `texts` maps article id to its text; pass it to
 * check quotes.
 */
/** A source's path, built for a problem only: most sets have none, and tens of thousands of sources. */
const sourcePath = (path: string, i: number) => `${path}.sources.${i}`;

export function validateEventSet(data: unknown, texts?: ReadonlyMap<string, string>): Problem[] {
	const parsed = v.safeParse(EventSetSchema, data);
	if (!parsed.success) {
		return parsed.issues.map((issue) => ({
			path: v.getDotPath(issue) ?? '(root)',
			message: issue.message
		}));
	}
	const set: EventSet = parsed.output;
	const problems: Problem[] = [];
	const articleIds = new Set(set.articles.map((a) => a.id));
	const lengths = new Map(set.articles.map((a) => [a.id, a.length]));
	const checkSources = (sources: (Quote | { event: string; source: number })[], path: string) => {
		sources.forEach((s, i) => {
			if (!('quote' in s)) {
				const event = byId.get(s.event);
				if (!event)
					problems.push({ path: sourcePath(path, i), message: `cites unknown event ${s.event}` });
				else if (s.source >= event.sources.length)
					problems.push({
						path: sourcePath(path, i),
						message: `cites source ${s.source} that ${s.event} lacks`
					});
				return;
			}
			if (!articleIds.has(s.article))
				problems.push({ path: sourcePath(path, i), message: `unknown article ${s.article}` });
			const length = lengths.get(s.article);
			if (length !== undefined && s.end > length)
				problems.push({
					path: sourcePath(path, i),
					message: `offset ${s.end} is past the article's end (${length})`
				});
			const text = texts?.get(s.article);
			if (text !== undefined && text.slice(s.start, s.end) !== s.quote)
				problems.push({
					path: sourcePath(path, i),
					message: 'quote differs from the article text at its offsets'
				});
		});
	};
	if (articleIds.size !== set.articles.length)
		problems.push({ path: 'articles', message: 'duplicate article id' });
	const byId = new Map(set.events.map((e) => [e.id, e]));
	const seen = new Set<string>();
	set.events.forEach((e, i) => {
		const path = `events.${i}`;
		if (seen.has(e.id)) problems.push({ path, message: `duplicate event id ${e.id}` });
		seen.add(e.id);
		const start = set.window.start.slice(0, e.date.length);
		const end = set.window.end.slice(0, e.date.length);
		if (e.date < start || e.date > end)
			problems.push({ path, message: `date ${e.date} is outside the window` });
		for (const c of [
			...e.countries,
			...Object.keys(e.participation ?? {}),
			...(e.place ? [e.place.country] : [])
		])
			if (!(c in set.countries))
				problems.push({ path, message: `country ${c} is not in countries` });
		checkSources(e.sources, path);
		// Each attendance and the sentences stating it name each other.
		const participation = e.participation ?? {};
		const cited = e.participationSources ?? {};
		for (const code of new Set([...Object.keys(participation), ...Object.keys(cited)]))
			if (!participation[code] || !cited[code])
				problems.push({
					path: `${path}.participation.${code}`,
					message: participation[code]
						? 'an attendance cites no sentence'
						: 'cites an attendance the event lacks'
				});
		for (const [code, list] of Object.entries(cited))
			for (const index of list)
				if (e.sources[index] && !e.sources[index].claims.attendance?.[code])
					problems.push({
						path: `${path}.participation.${code}`,
						message: `source ${index} does not state ${code}'s attendance`
					});
		e.sources.forEach((s, index) => {
			for (const code of Object.keys(s.claims.attendance ?? {}))
				if (!cited[code]?.includes(index))
					problems.push({
						path: `${path}.sources.${index}`,
						message: `states ${code}'s attendance, which does not cite it`
					});
			if (s.claims.place && !e.place)
				problems.push({
					path: `${path}.sources.${index}`,
					message: 'states a place the event lacks'
				});
		});
	});
	for (const [code, periods] of Object.entries(set.memberStatus)) {
		if (!(code in set.countries))
			problems.push({ path: `memberStatus.${code}`, message: 'unknown country' });
		periods.forEach((p, i) => checkSources(p.sources, `memberStatus.${code}.${i}`));
	}
	return problems;
}

/** Parses and validates, throwing one readable error listing every problem. */
export function assertEventSet(data: unknown, texts?: ReadonlyMap<string, string>): EventSet {
	const problems = validateEventSet(data, texts);
	if (problems.length > 0)
		throw new Error(
			`invalid event set:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`
		);
	return data as EventSet;
}
