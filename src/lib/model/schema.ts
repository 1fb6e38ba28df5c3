/**
 * The one schema of the event set. The build step validates its output against it before writing;
 * the browser trusts what the build wrote and only uses the inferred types.
 */
import * as v from 'valibot';
import { isPartialDate } from './partialDate';
import { GENERATION } from './setPaths';

export const EVENT_TYPES = ['summit', 'clash', 'deployment'] as const;
export const ATTENDANCE = ['present', 'video', 'absent'] as const;
export const STATUSES = ['active', 'strained', 'absent', 'frozen'] as const;
export const PUBLISHED_FROM = ['metadata', 'dateline', 'text'] as const;
/**
 * What a member did, as a sentence reports it: the act a status period rests on. A code, not
 * text, so the app can say it in either language.
 */
export const STATUS_ACTS = [
	'attended',
	'attended-by-video',
	'chaired',
	'appealed',
	'absent-from-meeting',
	'announced-absence',
	'criticised',
	'refused-to-sign',
	'refused-to-host',
	'refused-troops',
	'sent-no-troops',
	'left-post-unfilled',
	'recalled-envoy',
	'talked-of-leaving',
	'refused',
	'froze-participation'
] as const;
/** The event set's format; readers and the schema change together. */
export const EVENT_SET_VERSION = 2;

const Day = v.pipe(
	v.string(),
	v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
	v.check(isPartialDate, 'not a calendar date')
);
const PartialDate = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
	v.check(isPartialDate, 'not a calendar date')
);
const Iso3 = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code'));
const Text = v.pipe(v.string(), v.minLength(1));
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const BilingualSchema = v.strictObject({ en: Text, ar: Text });

const spanFits = (s: { start: number; end: number; quote: string }) =>
	s.end > s.start && s.end - s.start === s.quote.length;
const SPAN_MESSAGE = 'end - start must equal the quote length';
const QuoteEntries = { article: Text, start: Offset, end: Offset, quote: Text };

/** A sentence of an article: its offsets and the exact text between them. */
export const QuoteSchema = v.pipe(
	v.strictObject(QuoteEntries),
	v.check((s) => spanFits(s), SPAN_MESSAGE)
);

/**
 * What one cited sentence states about its event: that it is such an event (`type`), the date it
 * gives (`date`, as precise as the sentence is), that it names the event's place (`place`), and
 * who it says attended, by video or stayed away (`attendance`).
 */
export const ClaimsSchema = v.strictObject({
	type: v.optional(v.literal(true)),
	date: v.optional(PartialDate),
	place: v.optional(v.literal(true)),
	attendance: v.optional(v.record(Iso3, v.picklist(ATTENDANCE)))
});

export const SourceSchema = v.pipe(
	v.strictObject({ ...QuoteEntries, claims: ClaimsSchema }),
	v.check((s) => spanFits(s), SPAN_MESSAGE)
);

/** A source index into the event's own `sources`. */
const SourceIndex = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A member's attendance at a meeting: a plain value, as readers and scorers of v1 expect it. */
export const AttendanceSchema = v.picklist(ATTENDANCE);

/** The sentences (indices into the event's sources) stating an attendance, agreeing ones first. */
export const AttendanceSourcesSchema = v.pipe(
	v.array(SourceIndex),
	v.minLength(1, 'every attendance cites its sentence')
);

/**
 * The sentence behind a status period, with the act it records: either one of an event's sources
 * (`event` id and index into its `sources`, so a quote is not shipped twice) or a sentence of its own.
 */
export const StatusSourceSchema = v.union([
	v.strictObject({ act: v.picklist(STATUS_ACTS), event: Text, source: SourceIndex }),
	v.pipe(
		v.strictObject({ act: v.picklist(STATUS_ACTS), ...QuoteEntries }),
		v.check((s) => spanFits(s), SPAN_MESSAGE)
	)
]);

export const ArticleSchema = v.strictObject({
	id: Text,
	file: Text,
	title: v.nullable(v.string()),
	outlet: v.nullable(v.string()),
	url: v.nullable(v.string()),
	published: v.nullable(Day),
	publishedFrom: v.nullable(v.picklist(PUBLISHED_FROM)),
	/** Length of the article text in JS string units; the text itself ships in the set's generation (setPaths.ts). */
	length: Offset
});

export const PlaceSchema = v.strictObject({
	name: BilingualSchema,
	country: Iso3,
	lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
	lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90))
});

const EventId = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-\d{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a date-type-place slug')
);

/** What the explorer draws of an event: everything but its sentences (see EventDetailsSchema). */
const IndexEventEntries = {
	id: EventId,
	type: v.picklist(EVENT_TYPES),
	date: PartialDate,
	end: v.optional(PartialDate),
	title: BilingualSchema,
	place: v.nullable(PlaceSchema),
	countries: v.array(Iso3),
	participation: v.optional(v.record(Iso3, AttendanceSchema))
};

/** An event's sentences: what is loaded only when the event is opened. */
const DetailEntries = {
	/** For each member in `participation`, the sentences that state it. */
	participationSources: v.optional(v.record(Iso3, AttendanceSourcesSchema)),
	sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'every event cites at least one sentence'))
};

const endAfterDate = (e: { date: string; end?: string | undefined }) =>
	e.end === undefined || e.end >= e.date;
const citesOwnSources = (e: {
	sources: unknown[];
	participationSources?: Record<string, number[]> | undefined;
}) =>
	Object.values(e.participationSources ?? {}).every((list) =>
		list.every((i) => i < e.sources.length)
	);

export const EventSchema = v.pipe(
	v.strictObject({ ...IndexEventEntries, ...DetailEntries }),
	v.check((e) => endAfterDate(e), 'end is before date'),
	v.check((e) => citesOwnSources(e), 'an attendance cites a source the event does not have')
);

/** An event as the index holds it (events.json's event without `sources`, `participationSources`). */
export const IndexEventSchema = v.pipe(
	v.strictObject(IndexEventEntries),
	v.check((e) => endAfterDate(e), 'end is before date')
);

/** An event's details, named by its id, as a details chunk holds them. */
export const EventDetailsSchema = v.pipe(
	v.strictObject({ id: EventId, ...DetailEntries }),
	v.check((e) => citesOwnSources(e), 'an attendance cites a source the event does not have')
);

export const StatusPeriodSchema = v.strictObject({
	from: PartialDate,
	to: v.optional(PartialDate),
	status: v.picklist(STATUSES),
	chair: v.optional(v.literal(true)),
	sources: v.array(StatusSourceSchema)
});

export const CountrySchema = v.strictObject({ name: BilingualSchema, member: v.boolean() });

const EventSetHead = {
	version: v.literal(EVENT_SET_VERSION),
	window: v.strictObject({ start: Day, end: Day }),
	countries: v.record(Iso3, CountrySchema),
	articles: v.array(ArticleSchema),
	memberStatus: v.record(Iso3, v.array(StatusPeriodSchema)),
	/** The output generation holding this set's texts and aliases (see setPaths.ts). */
	generation: v.optional(v.pipe(v.string(), v.regex(GENERATION, 'expected 16 hex digits')))
};

/** The head's keys with `events` in between, in events.json's order (parsed output keeps it). */
const withEvents = <T extends v.GenericSchema>(events: T) => {
	const { version, window, countries, articles, memberStatus, generation } = EventSetHead;
	return { version, window, countries, articles, events, memberStatus, generation };
};

export const EventSetSchema = v.strictObject(withEvents(v.array(EventSchema)));

/** The head's keys but the articles, with `events` in between: the index's order. */
const indexWithEvents = <T extends v.GenericSchema>(events: T) => {
	const { version, window, countries, memberStatus, generation } = EventSetHead;
	return { version, window, countries, events, memberStatus, generation };
};

/**
 * The event set as the explorer loads it: everything in events.json but the events' sentences,
 * which are in details chunks of the same generation, and the articles, which are in a file of
 * their own there (ArticlesFileSchema; see splitEventSet.ts).
 */
export const EventSetIndexSchema = v.strictObject(indexWithEvents(v.array(IndexEventSchema)));

/** A position in one of the index file's tables. */
const TableRef = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A position in a table, or -1 where the event has no such entry (no end, place or attendance). */
const OptionalRef = v.pipe(v.number(), v.integer(), v.minValue(-1));

/**
 * The index file's events as columns, one array per entry with one element per event: strings
 * and objects as positions in the file's tables (a date, a title or a list of countries is written
 * once, not once per event; see model/compactIndex.ts), so reading the file parses arrays of
 * numbers rather than 100,000 objects, and the explorer hands them to the page as typed arrays.
 */
export const IndexColumnsSchema = v.strictObject({
	id: v.array(EventId),
	type: v.array(TableRef),
	date: v.array(TableRef),
	end: v.array(OptionalRef),
	title: v.array(TableRef),
	place: v.array(OptionalRef),
	countries: v.array(TableRef),
	participation: v.array(OptionalRef)
});

/** The index file: the index with its events as columns over tables of their values. */
export const IndexFileSchema = v.strictObject({
	...indexWithEvents(IndexColumnsSchema),
	types: v.array(v.picklist(EVENT_TYPES)),
	dates: v.array(PartialDate),
	titles: v.array(BilingualSchema),
	places: v.array(PlaceSchema),
	countryLists: v.array(v.array(Iso3)),
	participations: v.array(v.record(Iso3, AttendanceSchema))
});

/** The details of the events whose date is `chunk` (detailsChunkOf in setPaths.ts), in index order. */
export const DetailsChunkSchema = v.strictObject({
	version: v.literal(EVENT_SET_VERSION),
	chunk: PartialDate,
	events: v.array(EventDetailsSchema)
});

/**
 * The event set's articles, as events.json lists them: what an opened event's source cards, the
 * status band's sentences and the downloads name (outlet, date, link), loaded at their first need.
 * At 100,000 events they were nearly half the index (25,000 articles, 4.4 of 9.6 MB).
 */
export const ArticlesFileSchema = v.strictObject({
	version: v.literal(EVENT_SET_VERSION),
	articles: v.array(ArticleSchema)
});

export type Bilingual = v.InferOutput<typeof BilingualSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Claims = v.InferOutput<typeof ClaimsSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type StatusAct = (typeof STATUS_ACTS)[number];
export type StatusSource = v.InferOutput<typeof StatusSourceSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type AtlasEvent = v.InferOutput<typeof EventSchema>;
export type EventType = AtlasEvent['type'];
export type Attendance = (typeof ATTENDANCE)[number];
export type Status = (typeof STATUSES)[number];
export type StatusPeriod = v.InferOutput<typeof StatusPeriodSchema>;
export type Country = v.InferOutput<typeof CountrySchema>;
export type EventSet = v.InferOutput<typeof EventSetSchema>;
export type IndexEvent = v.InferOutput<typeof IndexEventSchema>;
export type EventDetails = v.InferOutput<typeof EventDetailsSchema>;
export type EventSetIndex = v.InferOutput<typeof EventSetIndexSchema>;
export type IndexColumns = v.InferOutput<typeof IndexColumnsSchema>;
export type IndexFile = v.InferOutput<typeof IndexFileSchema>;
export type DetailsChunk = v.InferOutput<typeof DetailsChunkSchema>;
export type ArticlesFile = v.InferOutput<typeof ArticlesFileSchema>;
