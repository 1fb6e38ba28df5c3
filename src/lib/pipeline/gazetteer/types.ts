/**
 * Shapes of the gazetteer's data and of the matcher's output. Variants are written as Arabic
 * writers spell them (hamzas, ta marbuta); the matcher folds them with the normaliser's `fold()`
 * at module load, so the data stays readable and the keys always agree with the folded text.
 */

/** ISO 3166-1 alpha-3 code. */
export type Iso3 = string;

/** A partial ISO date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), like the event schema's dates. */
export type PartialIsoDate = string;

export interface Names {
	en: string;
	ar: string;
}

export interface Country {
	iso3: Iso3;
	/** ISO 3166-1 numeric code as a 3-digit string; the map joins Natural Earth geometry on it. */
	isoNumeric: string;
	/** `ar` is the form readers expect; it is matched as well, so it need not be repeated below. */
	name: Names;
	member: boolean;
	/** Other Arabic spellings of the country's name, with and without ال where writers use both. */
	variants: readonly string[];
	/**
	 * Nisba forms, listed explicitly (never generated): masculine, feminine, plurals, duals, with
	 * and without ال. A match here is an adjective mention of the country ("الرئيس الروسي").
	 */
	adjectives: readonly string[];
	/** Place id of the capital; null where the capital is disputed (ISR, PSE). */
	capital: string | null;
	/** Representative point [lon, lat] inside the country, for labels and fallbacks. */
	centroid: readonly [number, number];
}

export type PlaceKind =
	'capital' | 'city' | 'town' | 'region' | 'training-ground' | 'military-base' | 'corridor';

export interface Place {
	id: string;
	name: Names;
	/** Other Arabic spellings; `name.ar` is matched as well. */
	variants: readonly string[];
	country: Iso3;
	kind: PlaceKind;
	lon: number;
	lat: number;
	/** True when the point is a representative or approximate one (regions, training ranges). */
	approx?: boolean;
	/** A name the place carried until a date (Nur-Sultan until 2022-09-17). */
	formerName?: Names & { until: PartialIsoDate };
}

export type Role =
	| 'president'
	| 'prime-minister'
	| 'foreign-minister'
	| 'defence-minister'
	| 'security-council-chair'
	| 'security-council-secretary'
	| 'security-service-head'
	| 'spokesperson'
	| 'secretary-general'
	| 'chief-of-staff'
	| 'commander'
	| 'deputy-security-council-chair'
	| 'senate-chair'
	| 'regional-leader'
	| 'mediator';

export interface Person {
	id: string;
	name: Names;
	/** Other Arabic spellings: given + family name forms, and the family name alone where unambiguous. */
	variants: readonly string[];
	/**
	 * The state the person acts for, or null for officials of an organisation (see `org`); a
	 * person has exactly one of the two.
	 */
	country: Iso3 | null;
	/** Organisation id (see orgs.ts) for organisation officials, e.g. the CSTO secretary-general. */
	org?: string;
	/** Citizenship of an organisation official, kept for display; it does not make a state mention. */
	nationality?: Iso3;
	role: Role;
	/** Term of the role, where it starts or ends inside 2021–2023 and so matters for dating. */
	from?: PartialIsoDate;
	to?: PartialIsoDate;
}

/**
 * A name that, on its own, fits several people of one country ("جاباروف": the president Sadyr
 * and the cabinet chair Akylbek). A match names the country and the candidates, not one person.
 */
export interface AmbiguousName {
	id: string;
	variants: readonly string[];
	country: Iso3;
	candidates: readonly string[];
}

export type OrgKind = 'alliance' | 'bloc' | 'international' | 'institution' | 'media' | 'movement';

export interface Org {
	id: string;
	name: Names;
	variants: readonly string[];
	kind: OrgKind;
	/** The state an institution or outlet belongs to (the Kremlin, TASS); null for international bodies. */
	country: Iso3 | null;
	/** A palace or a seat that stands for a place when a meeting is held in it ("في الكرملين"). */
	seat?: string;
}

export type EntityKind = 'country' | 'adjective' | 'place' | 'person' | 'org';

/** What a matched name refers to. */
export interface MentionTarget {
	kind: EntityKind;
	/** Entity id (ISO3 for countries and adjectives); null when the name is ambiguous. */
	id: string | null;
	/** State the mention points at; null for international organisations and their officials. */
	country: Iso3 | null;
	/** Organisation an official acts for (person mentions only). */
	org?: string;
	/** Entity ids the name may refer to, present only when `id` is null. */
	candidates?: readonly string[];
}

/** A name found in normalised text: [start, end) are offsets into that text, proclitics excluded. */
export interface EntityMention extends MentionTarget {
	start: number;
	end: number;
}
