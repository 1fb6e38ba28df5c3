/**
 * Event candidates from one sentence, by cues: a summit needs a meeting cue in a CSTO context, a
 * clash needs a clash or unrest cue and a member state named as a place, a deployment needs a
 * troop, exercise or withdrawal cue or a supply verb with a weapon. A cue governed by a modal
 * ("قد يحدث", "ضرورة", "لمنع") is not an event; a planned one is kept only with a day date.
 */
import { isMember } from '../../model/members';
import type { EventType } from '../../model/schema';
import type { ArticleContext } from './context';
import type { CueHit } from './findCues';
import { isOfficeMention } from './leaderMentions';
import { readAttendance } from './readAttendance';
import type { Candidate, DateHit, EntityHit, Sentence, Subtype } from './types';
import { sourceOf } from './sourceOf';

/** Orgs other than the CSTO whose meetings share the same words. */
const OTHER_ORGS = new Set([
	'sco',
	'cis',
	'eaeu',
	'nato',
	'un',
	'eu',
	'brics',
	'g20',
	'arab-league',
	'osce'
]);
const CSTO = 'csto';
/** How far before an event cue a modal or plan still governs it (normalised characters). */
const MODAL_REACH = 45;
const CLAUSE_BREAK = /[،,.؛:!?؟]|\sثم\s|\sلكن\s|\sبينما\s/;

const has = (s: Sentence, kind: string) => s.cues.some((c) => c.kind === kind);
const hitsOf = (s: Sentence, kinds: string[]) => s.cues.filter((c) => kinds.includes(c.kind));

function governedBy(norm: string, s: Sentence, cue: CueHit, kinds: string[]): boolean {
	return s.cues.some(
		(m) =>
			kinds.includes(m.kind) &&
			m.end <= cue.start &&
			cue.start - m.end <= MODAL_REACH &&
			!CLAUSE_BREAK.test(norm.slice(m.end, cue.start))
	);
}

function mentionsOrg(s: Sentence, orgs: Set<string> | string): boolean {
	return s.entities.some(
		(e) => e.kind === 'org' && (typeof orgs === 'string' ? e.id === orgs : orgs.has(e.id))
	);
}

/** Countries a clash or deployment involves: named as places, not as the office of a speaker. */
function placeCountries(norm: string, s: Sentence): string[] {
	const out: string[] = [];
	for (const e of s.entities) {
		if (e.country === null || e.kind === 'person' || e.kind === 'org') continue;
		if (isOfficeMention(norm, e)) continue;
		if (!out.includes(e.country)) out.push(e.country);
	}
	return out;
}

const STATEMENT_BEFORE =
	/(بيان|اعلن|اعلنت|صرح|صرحت|قال|قالت|اكد|اكدت|ذكر|ذكرت|افاد|افادت|افادت به|نقلت|تصريح|تصريحات|مؤتمر صحفي)\s*(?:\S+\s*){0,3}$/;

/** A date that dates a statement ("أكد الكرملين في بيان يوم الثلاثاء") rather than an event. */
function datesStatement(norm: string, d: DateHit): boolean {
	return STATEMENT_BEFORE.test(norm.slice(Math.max(0, d.start - 40), d.start).trimEnd());
}

/** "بحلول نهاية العام", "حتى 2024": a deadline, not the day something happened. */
const DEADLINE_BEFORE =
	/(بحلول|حتي|قبل|موعد اقصاه|في موعد لا يتجاوز)\s*(?:نهايه|مطلع|منتصف|اواخر)?\s*$/;

function usableDates(ctx: ArticleContext, s: Sentence): DateHit[] {
	const norm = ctx.norm.text;
	return s.dates.filter(
		(d) =>
			(d.date !== null || d.dayMonth !== null) &&
			d.problems.length === 0 &&
			!datesStatement(norm, d) &&
			!DEADLINE_BEFORE.test(norm.slice(Math.max(0, d.start - 30), d.start).trimEnd())
	);
}

function nearest(dates: DateHit[], cue: CueHit): DateHit | undefined {
	let best: DateHit | undefined;
	let bestDistance = Infinity;
	for (const d of dates) {
		const distance = d.start >= cue.end ? d.start - cue.end : cue.start - d.end;
		if (distance < bestDistance) [best, bestDistance] = [d, distance];
	}
	return best;
}

function firstPlace(s: Sentence, countries?: string[]): EntityHit | undefined {
	return s.entities.find(
		(e) =>
			e.kind === 'place' && (!countries || (e.country !== null && countries.includes(e.country)))
	);
}

interface Draft {
	type: EventType;
	subtype: Subtype;
	cue: CueHit;
	countries: string[];
	planned: boolean;
}

function blank(ctx: ArticleContext, s: Sentence, d: Draft): Candidate {
	return {
		article: ctx.articleId,
		type: d.type,
		subtype: d.subtype,
		date: null,
		dayMonth: null,
		how: 'no date in the sentence',
		placeId: null,
		byVideo: false,
		countries: new Set(d.countries),
		participation: new Map(),
		chair: null,
		planned: d.planned,
		sources: [sourceOf(ctx, s)],
		at: s.rawStart
	};
}

function datedCopies(ctx: ArticleContext, s: Sentence, d: Draft, multi: boolean): Candidate[] {
	const dates = usableDates(ctx, s);
	const pick =
		multi && dates.filter((x) => x.date !== null && !x.relative).length > 1
			? dates
			: [nearest(dates, d.cue)];
	return pick.map((hit) => {
		const c = blank(ctx, s, d);
		if (hit) {
			c.date = hit.date;
			c.dayMonth = hit.date === null ? hit.dayMonth : null;
			c.how = `stated in the sentence: "${ctx.norm.text.slice(hit.start, hit.end)}"`;
		}
		return c;
	});
}

function summitDrafts(ctx: ArticleContext, s: Sentence): Draft[] {
	const norm = ctx.norm.text;
	const inCsto = mentionsOrg(s, CSTO) || (ctx.aboutCsto && !mentionsOrg(s, OTHER_ORGS));
	if (!inCsto) return [];
	// "التي سبقت القمة", "عشية القمة": the summit is a point of reference, not a new mention.
	const refs = hitsOf(s, ['before', 'eve']);
	const isRef = (c: CueHit) =>
		refs.some(
			(r) => (c.start >= r.start && c.end <= r.end) || (c.start >= r.end && c.start - r.end <= 4)
		);
	const summits = hitsOf(s, ['summit']).filter((c) => !isRef(c));
	const drafts: Draft[] = [];
	for (const cue of summits) {
		const extraordinary = s.cues.some(
			(x) => x.kind === 'extraordinary' && x.start >= cue.end && x.start - cue.end < 30
		);
		drafts.push({
			type: 'summit',
			subtype: extraordinary ? 'extraordinary' : 'leaders',
			cue,
			countries: [],
			planned:
				governedBy(norm, s, cue, ['planned']) ||
				s.cues.some((x) => x.kind === 'planned' && x.start >= cue.end && x.start - cue.end < 20)
		});
	}
	const ministerial = hitsOf(s, ['ministerial'])[0];
	if (ministerial && summits.length === 0 && (has(s, 'meeting') || has(s, 'held')))
		drafts.push({
			type: 'summit',
			subtype: 'ministerial',
			cue: ministerial,
			countries: [],
			planned: governedBy(norm, s, ministerial, ['planned'])
		});
	// One draft per subtype: several cues for the same meeting in one sentence are one mention.
	return drafts.filter((d, i) => drafts.findIndex((x) => x.subtype === d.subtype) === i);
}

function clashDrafts(ctx: ArticleContext, s: Sentence): Draft[] {
	const norm = ctx.norm.text;
	const cue = hitsOf(s, ['clash', 'unrest']).find(
		(c) => !governedBy(norm, s, c, ['irrealis', 'planned'])
	);
	if (!cue) return [];
	const countries = placeCountries(norm, s);
	if (!countries.some(isMember)) return [];
	const subtype: Subtype = has(s, 'clash') ? 'border-clash' : 'unrest';
	return [{ type: 'clash', subtype, cue, countries, planned: false }];
}

/** "بناء على طلب من رئيس كازاخستان": the member whose leader asked for troops hosts them. */
function requestingCountry(s: Sentence): string | null {
	const request = s.cues.find((c) => c.kind === 'request');
	if (!request) return null;
	const who = s.entities.find(
		(e) =>
			e.start >= request.end &&
			e.start - request.end < 40 &&
			e.country !== null &&
			isMember(e.country)
	);
	return who?.country ?? null;
}

function deploymentDrafts(ctx: ArticleContext, s: Sentence): Draft[] {
	const norm = ctx.norm.text;
	const host = requestingCountry(s);
	const countries = host
		? [host, ...placeCountries(norm, s).filter((c) => c !== host)]
		: placeCountries(norm, s);
	if (!countries.some(isMember)) return [];
	const order: [string, Subtype][] = [
		['withdrawal', 'withdrawal'],
		['troops', 'troops'],
		['exercise', 'exercise']
	];
	for (const [kind, subtype] of order) {
		const cue = hitsOf(s, [kind]).find((c) => !governedBy(norm, s, c, ['irrealis', 'planned']));
		if (cue) return [{ type: 'deployment', subtype, cue, countries, planned: false }];
	}
	const supply = hitsOf(s, ['supply']).find(
		(c) => !governedBy(norm, s, c, ['irrealis', 'planned'])
	);
	const weapon =
		supply &&
		s.cues.find((c) => c.kind === 'weapon' && c.start > supply.start && c.start - supply.end < 80);
	if (supply && weapon) {
		// The recipient is the member named right after the verb ("زوّد طاجيكستان بـ…").
		const recipient = s.entities.find(
			(e) =>
				e.start >= supply.end && e.country !== null && isMember(e.country) && e.kind !== 'person'
		);
		const ordered = recipient
			? [recipient.country!, ...countries.filter((c) => c !== recipient.country)]
			: countries;
		return [
			{ type: 'deployment', subtype: 'weapons', cue: supply, countries: ordered, planned: false }
		];
	}
	return [];
}

export interface SentenceReading {
	candidates: Candidate[];
	/** Attendance read from a sentence with no meeting of its own: it belongs to the article's meeting. */
	orphanAttendance: ReturnType<typeof readAttendance> | null;
}

export function sentenceCandidates(ctx: ArticleContext, s: Sentence): SentenceReading {
	const candidates: Candidate[] = [];
	const attendance = readAttendance(ctx.norm.text, s);
	const summits = summitDrafts(ctx, s);
	for (const d of summits) {
		for (const c of datedCopies(ctx, s, d, false)) {
			const place = firstPlace(s);
			c.placeId = place?.id ?? null;
			if (place?.country) c.countries.add(place.country);
			if (d.subtype !== 'extraordinary' || summits.length === 1) {
				c.participation = new Map(attendance.participation);
				c.chair = attendance.chair;
				c.byVideo = attendance.byVideo;
			}
			if (has(s, 'before')) c.how = 'before-main-summit';
			candidates.push(c);
		}
	}
	for (const d of [...clashDrafts(ctx, s), ...deploymentDrafts(ctx, s)]) {
		for (const c of datedCopies(ctx, s, d, d.type === 'clash')) {
			// A deployment happens in its main country (the recipient); a clash anywhere it involves.
			c.placeId =
				firstPlace(s, d.type === 'deployment' ? d.countries.slice(0, 1) : d.countries)?.id ?? null;
			candidates.push(c);
		}
	}
	const orphan =
		summits.length === 0 && (attendance.participation.size > 0 || attendance.speakers.size > 0)
			? attendance
			: null;
	// A planned event with no day date is an intention, not an event.
	return {
		candidates: candidates.filter(
			(c) => !c.planned || (c.date !== null && c.date.length === 10) || c.type === 'summit'
		),
		orphanAttendance: orphan
	};
}
