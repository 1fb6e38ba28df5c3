/**
 * The build step: a corpus directory to one validated event set, the article texts its sources
 * cite, and a report of everything found, left unresolved and why. Pure apart from reading the
 * corpus; writing is writeEventSet.ts.
 */
import { readdirSync } from 'node:fs';
import { isMember, MEMBERS } from '../model/members';
import { forceLeaving } from './merge/forceLeaving';
import {
	EVENT_SET_VERSION,
	type Article,
	type AtlasEvent,
	type Attendance,
	type Country,
	type EventSet,
	type Place,
	type StatusAct
} from '../model/schema';
import { assertEventSet } from '../model/validateEventSet';
import { DiagnosticSink, formatDiagnostic, type Diagnostic } from './diagnostics';
import type { ArticleExtraction } from './extract/extractArticle';
import {
	extractCorpus,
	extractCorpusParallel,
	MIN_PARALLEL,
	type ExtractOptions
} from './extract/extractCorpus';
import { startWorkers } from './parallel/extractInParallel';
import type { Candidate, StatusEvidence } from './extract/types';
import { countryInfo, placeInfo } from './extract/lookup';
import { compareText } from './text/compareText';
import { fold } from './text/normalize';

const PEACEKEEPING = fold('حفظ السلام');
/**
 * What a quote must hold to fold to one with «حفظ»: «ح» then «ف» with only what folding drops
 * between (tatweel, marks, invisible controls), or a presentation form. Most quotes fail this
 * scan and are not folded at all.
 */
const MAY_FOLD_TO_PEACEKEEPING =
	/ح[\u064b-\u065f\u0670\u06d6-\u06ed\u0610-\u061a\u0640\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]*ف|[\ufb50-\ufdff\ufe70-\ufefc]/u;
import { readCorpus, type CorpusArticle } from './io/readCorpus';
import type { CappedSources } from './merge/capSources';
import { citedSources, type CitedEvent } from './merge/citedSources';
import { sourceIndex, statusSources } from './status/statusSources';
import { baseEventId, stableIds, type PreviousEvent } from './merge/eventId';
import { aliasMap, countryLabels, formerIds } from './merge/formerIds';
import { eventTitle } from './merge/eventTitle';
import { mergeCandidates } from './merge/mergeCandidates';
import { namedWeapon } from './merge/namedWeapon';
import { deriveMemberStatus } from './status/deriveMemberStatus';
import { markValidated } from './validatedSets';

export const WINDOW = { start: '2021-01-01', end: '2023-12-31' } as const;

export interface ArticleReport {
	id: string;
	file: string;
	published: string | null;
	publishedFrom: Article['publishedFrom'];
	events: string[];
	found: { type: string; subtype: string; date: string | null; how: string; quote: string }[];
	unresolved: { type: string; subtype: string; reason: string; quote: string }[];
	/** What looked like an event and why it is not one (another body's, planned, refused, …). */
	rejected: { type: string; reason: string; quote: string }[];
	outsideWindow: { type: string; date: string; quote: string }[];
	notes: string[];
}

export interface BuildReport {
	version: 1;
	corpus: {
		articles: number;
		events: number;
		unresolved: number;
		outsideWindow: number;
		errors: number;
		warnings: number;
	};
	articles: ArticleReport[];
	diagnostics: string[];
	/** Events whose sources were trimmed: repeated quotes kept once, the rest past the cap. */
	sourcesLeftOut: ({ event: string } & Omit<CappedSources<unknown>, 'kept'>)[];
}

export interface BuildResult {
	eventSet: EventSet;
	/** Former id → id: the ids the events had while less was known, so old links still open them. */
	aliases: Record<string, string>;
	texts: Map<string, string>;
	/** Texts' UTF-8 where the file held exactly that (most): written as read, not encoded again. */
	textBytes?: Map<string, Uint8Array>;
	report: BuildReport;
	diagnostics: Diagnostic[];
}

function inWindow(date: string): boolean {
	return date >= WINDOW.start.slice(0, date.length) && date <= WINDOW.end.slice(0, date.length);
}

function toPlace(c: Candidate): Place | null {
	if (c.placeId) {
		const p = placeInfo(c.placeId);
		if (p) return p;
	}
	// A clash or deployment with no town named is placed at its main country.
	const [main] = c.countries;
	if (c.type !== 'summit' && main) {
		const country = countryInfo(main);
		if (country)
			return {
				name: country.name,
				country: main,
				lon: country.centroid[0],
				lat: country.centroid[1]
			};
	}
	return null;
}

function sortCountries(codes: Iterable<string>, first?: string): string[] {
	return [...new Set(codes)].sort(
		(a, b) =>
			Number(b === first) - Number(a === first) ||
			Number(isMember(b)) - Number(isMember(a)) ||
			compareText(a, b)
	);
}

function toEvent(c: Candidate, id: string, cited: CitedEvent): AtlasEvent {
	const place = toPlace(c);
	const [main] = c.countries;
	const countries = sortCountries(
		[...c.countries, ...(place ? [place.country] : []), ...c.participation.keys()],
		c.type === 'summit' ? undefined : main
	);
	const titleCountries = (c.type === 'summit' ? [] : [...c.countries])
		.map((code) => countryInfo(code)?.name)
		.filter((n) => n !== undefined);
	const event: AtlasEvent = {
		id,
		type: c.type,
		date: c.date!,
		...(c.end && c.end > c.date! && c.end.length === c.date!.length ? { end: c.end } : {}),
		title: eventTitle({
			subtype: c.subtype,
			place: c.placeId ? (place?.name ?? null) : null,
			countries: titleCountries,
			byVideo: c.byVideo,
			// Each distinct quote once: a wire story cited by a hundred outlets is one text.
			peacekeeping: [...new Set(c.sources.map((s) => s.quote))].some(
				(q) => MAY_FOLD_TO_PEACEKEEPING.test(q) && fold(q).includes(PEACEKEEPING)
			),
			weapon: c.subtype === 'weapons' ? namedWeapon(c.sources.map((s) => s.quote).join(' ')) : null
		}),
		place,
		countries,
		sources: cited.sources
	};
	if (cited.participation) event.participation = cited.participation;
	if (cited.participationSources) event.participationSources = cited.participationSources;
	return event;
}

function label(c: Candidate): string {
	if (c.placeId && c.type !== 'summit') return placeInfo(c.placeId)?.name.en ?? c.placeId;
	if (c.type === 'summit') {
		const where = c.placeId
			? (placeInfo(c.placeId)?.name.en ?? c.placeId)
			: c.byVideo
				? 'video'
				: '';
		return c.subtype === 'leaders' ? where : `${c.subtype} ${where}`;
	}
	return [...c.countries].map((code) => countryInfo(code)?.name.en ?? code).join(' ');
}

const ATTENDANCE_ACTS: Record<Attendance, StatusAct> = {
	present: 'attended',
	video: 'attended-by-video',
	absent: 'absent-from-meeting'
};

/**
 * Every member the evidence speaks of, Armenia first, each with its periods; a sentence an event
 * already cites is cited by reference.
 */
function statusByMember(
	evidence: StatusEvidence[],
	events: AtlasEvent[]
): EventSet['memberStatus'] {
	const out: EventSet['memberStatus'] = { ARM: [] };
	const index = sourceIndex(events);
	evidence = onceEach(evidence);
	for (const member of MEMBERS) {
		const own = evidence.filter((e) => e.country === member);
		if (own.length > 0) out[member] = statusSources(deriveMemberStatus(own), index);
	}
	return out;
}

/**
 * One act per sentence: "اعتذر باشينيان عن حضور القمة" is read as an absence both from the
 * sentence and from the meeting's attendance; the reading tied to the meeting is kept, in the
 * first one's place, so an absence is never counted twice.
 */
function onceEach(evidence: StatusEvidence[]): StatusEvidence[] {
	const kept = new Map<string, StatusEvidence>();
	for (const e of evidence) {
		const k = `${e.country}|${e.act}|${e.date}|${e.source.article}|${e.source.start}`;
		const old = kept.get(k);
		if (!old) kept.set(k, e);
		else if (!old.event && e.event) kept.set(k, e);
	}
	return [...kept.values()];
}

/** What an id is made of, and the coarser labels the event may have had (see formerIds). */
function idFields(c: Candidate): Parameters<typeof formerIds>[0] {
	const unplaced = { ...c, placeId: null };
	const names = [...c.countries].map((code) => countryInfo(code)?.name.en ?? code);
	return {
		date: c.date!,
		type: c.type,
		label: label(c),
		coarserLabels: [
			label(unplaced),
			label({ ...unplaced, byVideo: false }),
			...(c.type === 'summit' ? [] : countryLabels(names))
		]
	};
}

export interface BuildOptions extends ExtractOptions {
	/** The events of the set written before (io/readPreviousEvents.ts): ids stay with their happenings. */
	previous?: readonly PreviousEvent[];
	/**
	 * Called as each step ends ('read', 'extract', 'merge', 'ids', 'cite', 'events', 'evidence',
	 * 'status', 'validate', 'report'): bench/rebuildOnce.ts times them. Changes nothing built.
	 */
	onPhase?: (phase: BuildPhase) => void;
}

export type BuildPhase =
	| 'read'
	| 'extract'
	| 'merge'
	| 'ids'
	| 'cite'
	| 'events'
	| 'evidence'
	| 'status'
	| 'validate'
	| 'report';

/** The event set of a corpus, extracted on this thread (cached extractions reused). */
export function buildEventSet(articlesDir: string, options: BuildOptions = {}): BuildResult {
	const sink = new DiagnosticSink();
	const corpus = readCorpus(articlesDir, sink, options.cache);
	options.onPhase?.('read');
	const extractions = extractCorpus(corpus, sink, options);
	options.onPhase?.('extract');
	return assemble(corpus, extractions, sink, options);
}

/** The same event set, byte for byte, with extraction spread over `options.threads` threads. */
export async function buildEventSetParallel(
	articlesDir: string,
	options: BuildOptions = {}
): Promise<BuildResult> {
	// Workers start before the corpus is read (their start-up overlaps it), if it is large enough.
	const threads = options.threads ?? 1;
	const workers = startWorkers(
		threads > 1 && countTexts(articlesDir) >= (options.minParallel ?? MIN_PARALLEL)
			? threads - 1
			: 0
	);
	const sink = new DiagnosticSink();
	const corpus = readCorpus(articlesDir, sink, options.cache);
	options.onPhase?.('read');
	const extractions = await extractCorpusParallel(corpus, sink, options, workers);
	options.onPhase?.('extract');
	return assemble(corpus, extractions, sink, options);
}

/** How many .txt files a corpus folder holds, at a glance (0 when it cannot be listed). */
function countTexts(dir: string): number {
	try {
		return readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.txt')).length;
	} catch {
		return 0;
	}
}

/** Merging, ids, status and validation: everything after each article's own extraction. */
function assemble(
	corpus: CorpusArticle[],
	extractions: Map<string, ArticleExtraction>,
	sink: DiagnosticSink,
	options: BuildOptions
): BuildResult {
	const candidates = [...extractions.values()].flatMap((x) => x.candidates);
	const { events: all, unresolved } = mergeCandidates(candidates);
	// A meeting announced for its day is kept so that the report of it joins it; if none does, the
	// corpus only says it was planned ("من المقرر أن تستضيف يريفان قمة المنظمة يومي 22 و23").
	const phase = options.onPhase ?? (() => {});
	phase('merge');
	const merged = all.filter((c) => {
		// The alliance's organs seat its members: a non-member named at the meeting ("أوزبكستان",
		// a neighbour's leader at a joint session with another bloc) is no participant of it.
		for (const code of [...c.participation.keys()])
			if (!isMember(code)) c.participation.delete(code);
		if (!c.planned) return true;
		unresolved.push({
			candidate: c,
			reason: `announced for ${c.date}, and no article reports it held`
		});
		return false;
	});
	forceLeaving(merged);
	const kept = merged.filter((c) => inWindow(c.date!));
	const outside = merged.filter((c) => !inWindow(c.date!));
	const labels = new Map(kept.map((c) => [c, label(c)]));
	kept.sort(
		(a, b) =>
			compareText(a.date!, b.date!) ||
			compareText(a.type, b.type) ||
			compareText(labels.get(a)!, labels.get(b)!) ||
			compareText(a.sources[0]!.article, b.sources[0]!.article) ||
			a.sources[0]!.start - b.sources[0]!.start
	);
	const ids = stableIds(
		kept.map((c) => baseEventId(c.date!, c.type, labels.get(c)!)),
		kept.map((c) => [...new Set(c.sources.map((s) => s.article))]),
		options.previous
	);
	phase('ids');
	const cited = kept.map(citedSources);
	phase('cite');
	const events = kept.map((c, i) => toEvent(c, ids[i]!, cited[i]!));
	const aliases = aliasMap(kept.map((c, i) => ({ id: ids[i]!, former: formerIds(idFields(c)) })));
	phase('events');

	const evidence: StatusEvidence[] = [...extractions.values()]
		.flatMap((x) => x.evidence)
		.filter((e) => inWindow(e.date));
	events.forEach((e, i) => {
		const chair = kept[i]!.chair;
		for (const [member, attendance] of Object.entries(e.participation ?? {})) {
			if (!isMember(member)) continue;
			// The sentence that states this member's attendance, as the merge recorded it.
			const { article, start, end, quote } = e.sources[e.participationSources![member]![0]!]!;
			evidence.push({
				country: member,
				status: attendance === 'absent' ? 'absent' : 'active',
				...(chair === member ? { chair: true as const } : {}),
				date: e.date,
				source: { article, start, end, quote },
				act: ATTENDANCE_ACTS[attendance],
				event: e.id,
				why: `${attendance} at ${e.id}`,
				...(attendance === 'absent' ? {} : { routine: true as const })
			});
		}
	});
	const articles: Article[] = corpus
		.filter((a) => extractions.has(a.id))
		.map((a) => {
			const x = extractions.get(a.id)!;
			return {
				id: a.id,
				file: a.file,
				title: x.title,
				outlet: a.meta?.outlet ?? null,
				url: a.meta?.url ?? null,
				published: x.published,
				publishedFrom: x.publishedFrom,
				length: a.text.length
			};
		});
	const texts = new Map(corpus.filter((a) => extractions.has(a.id)).map((a) => [a.id, a.text]));
	const textBytes = new Map(
		corpus.filter((a) => a.utf8 && extractions.has(a.id)).map((a) => [a.id, a.utf8!])
	);

	phase('evidence');
	const memberStatus = statusByMember(evidence, events);
	phase('status');
	const referenced = new Set<string>([...MEMBERS, ...events.flatMap((e) => e.countries)]);
	const countries: Record<string, Country> = {};
	for (const code of [...referenced].sort()) {
		const info = countryInfo(code);
		if (info) countries[code] = { name: info.name, member: info.member };
	}
	const eventSet = markValidated(
		assertEventSet(
			{
				version: EVENT_SET_VERSION,
				window: { ...WINDOW },
				countries,
				articles,
				events,
				memberStatus
			},
			texts
		)
	);
	phase('validate');

	// Index once by article: a filter per article would be quadratic in corpus size.
	const byArticle = <T>(items: T[], articlesOf: (item: T) => string[]) => {
		const map = new Map<string, T[]>();
		for (const item of items)
			for (const id of new Set(articlesOf(item))) map.set(id, [...(map.get(id) ?? []), item]);
		return map;
	};
	const eventsOf = byArticle(events, (e) => e.sources.map((s) => s.article));
	const unresolvedOf = byArticle(unresolved, (u) => [u.candidate.article]);
	const outsideOf = byArticle(outside, (c) => c.sources.map((s) => s.article));
	const reports: ArticleReport[] = articles.map((a) => {
		const x = extractions.get(a.id)!;
		return {
			id: a.id,
			file: a.file,
			published: a.published,
			publishedFrom: a.publishedFrom,
			events: (eventsOf.get(a.id) ?? []).map((e) => e.id),
			found: x.candidates.map((c) => ({
				type: c.type,
				subtype: c.subtype,
				date:
					c.date ??
					(c.dayMonth
						? `--${String(c.dayMonth.month).padStart(2, '0')}-${String(c.dayMonth.day).padStart(2, '0')}`
						: null),
				how: c.how,
				quote: c.sources[0]!.quote
			})),
			unresolved: (unresolvedOf.get(a.id) ?? []).map((u) => ({
				type: u.candidate.type,
				subtype: u.candidate.subtype,
				reason: u.reason,
				quote: u.candidate.sources[0]!.quote
			})),
			outsideWindow: (outsideOf.get(a.id) ?? []).map((c) => ({
				type: c.type,
				date: c.date!,
				quote: c.sources.find((s) => s.article === a.id)!.quote
			})),
			rejected: x.rejected,
			notes: x.notes
		};
	});
	const diagnostics = sink.list;
	phase('report');
	return {
		eventSet,
		aliases,
		texts,
		textBytes,
		diagnostics,
		report: {
			version: 1,
			corpus: {
				articles: articles.length,
				events: events.length,
				unresolved: unresolved.length,
				outsideWindow: outside.length,
				errors: diagnostics.filter((d) => d.severity === 'error').length,
				warnings: diagnostics.filter((d) => d.severity === 'warning').length
			},
			articles: reports,
			diagnostics: diagnostics.map(formatDiagnostic),
			sourcesLeftOut: cited.flatMap(({ leftOut: { duplicates, overCap } }, i) =>
				duplicates + overCap > 0 ? [{ event: ids[i]!, duplicates, overCap }] : []
			)
		}
	};
}
