/**
 * What the extraction works with. Entity and date hits come from the gazetteer and the date
 * grammar through thin adapters (detectEntities.ts, detectDates.ts), so the rules here depend on
 * these shapes only. Offsets are in the article's normalised text unless named raw.
 */
import type { Attendance, EventType, Quote, StatusAct } from '../../model/schema';
import type { CueHit } from './findCues';

export type EntityKind = 'country' | 'adjective' | 'place' | 'person' | 'org';

export interface EntityHit {
	start: number;
	end: number;
	kind: EntityKind;
	/** ISO3 for countries and adjectives, the gazetteer id otherwise. */
	id: string;
	/** The country a place, person or adjective belongs to; null for organisations. */
	country: string | null;
	/** A person's office, e.g. 'president', 'prime-minister', 'spokesperson'. */
	role?: string;
}

export interface DateHit {
	start: number;
	end: number;
	/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" when resolved, else null. */
	date: string | null;
	/** Last day of a stated day range ("يومي 28 و29 نيسان"), else null. */
	until: string | null;
	/** Day and month stated without a year that could not be resolved yet. */
	dayMonth: { month: number; day: number } | null;
	/** Stated relative to the text's own time ("اليوم", "أمس", "هذا الأسبوع"). */
	relative: boolean;
	/** "today" or a weekday named as today: the report's own day. */
	today: boolean;
	/** A month, or a day and month, written without its year: the year was inferred. */
	yearless?: true;
	/** Why the date is doubtful or unusable, each a sentence. */
	problems: string[];
}

export type Subtype =
	| 'leaders'
	| 'extraordinary'
	| 'ministerial'
	| 'border-clash'
	| 'unrest'
	| 'troops'
	| 'withdrawal'
	| 'exercise'
	| 'weapons';

export interface Sentence {
	/** Raw span in the article text. */
	rawStart: number;
	rawEnd: number;
	/** Normalised span. */
	start: number;
	end: number;
	entities: EntityHit[];
	dates: DateHit[];
	cues: CueHit[];
}

/**
 * What one sentence states about the candidate it yields, recorded where the rule reads it so
 * that every claim on screen can cite its sentence: it names the happening (`type`), the date it
 * gives (resolved, or only day and month), the place it names (gazetteer id), who it says came.
 */
export interface SentenceClaims {
	type?: true;
	date?: string;
	dayMonth?: { month: number; day: number };
	placeId?: string;
	attendance?: Record<string, Attendance>;
}

/** A cited sentence with what it states. */
export interface CitedSource extends Quote {
	claims: SentenceClaims;
}

export interface Candidate {
	article: string;
	type: EventType;
	subtype: Subtype;
	/** Resolved partial date, or null with `dayMonth` when only day and month are known. */
	date: string | null;
	/** Last day of a happening that lasts days (clashes, exercises), else null. */
	end: string | null;
	dayMonth: { month: number; day: number } | null;
	/** How the date was found, for the report. */
	how: string;
	placeId: string | null;
	/** A summit held entirely by video conference. */
	byVideo: boolean;
	countries: Set<string>;
	participation: Map<string, Attendance>;
	chair: string | null;
	/** Announced for the future rather than reported. */
	planned: boolean;
	/** Named only as a point of reference ("بعد المواجهات"): it may support an event, never make one. */
	reference: boolean;
	/** The alliance is named behind it; an unattributed deployment may only support an attributed one. */
	attributed: boolean;
	/** A named exercise ("روبيج", "الأخوة القتالية"), folded, without its year. */
	exercise: string | null;
	sources: CitedSource[];
	/** The sentence's raw start, to order candidates and break ties deterministically. */
	at: number;
	/**
	 * Its sentence tells who makes up the force or takes part ("وتتكون القوات من …"): the members
	 * its composing clause names (composedOf.ts).
	 */
	contributors?: string[];
	/** "قبل يوم من القمة": held this many days before the article's summit. */
	daysBeforeSummit?: number;
}

export interface StatusEvidence {
	country: string;
	status: 'active' | 'strained' | 'absent' | 'frozen';
	chair?: true;
	date: string;
	source: Quote;
	/** What the member did, as the sentence says it. */
	act: StatusAct;
	/** The event whose attendance it is, when it comes from a merged meeting. */
	event?: string;
	why: string;
	/**
	 * Routine taking part (attending, chairing): it shows the member active, but does not by
	 * itself end a strain, an absence or a freeze already on record.
	 */
	routine?: true;
	/** Dated by the article's day, the sentence stating none: a meeting's own act may take its day. */
	byArticleDay?: true;
}
