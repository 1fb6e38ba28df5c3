/**
 * One article usually reports one meeting at length and mentions others in passing. Summit
 * mentions with no date of their own, a plan for the same meeting, and sentences that only say
 * who attended all belong to the article's main meeting: the first summit it dates.
 */
import { addDays } from '../dates/calendar';
import { spanOfDays } from '../dates/spanOfDays';
import type { Attendance } from '../../model/schema';
import type { AttendanceReading } from './readAttendance';
import { addSource } from './addSource';
import type { Rejection } from './sentenceCandidates';
import type { Candidate, CitedSource } from './types';

const isDay = (c: Candidate) => (c.date !== null && c.date.length === 10) || c.dayMonth !== null;

function sameDay(a: Candidate, b: Candidate): boolean {
	if (a.date !== null && b.date !== null) return a.date === b.date;
	const da =
		a.dayMonth ??
		(a.date?.length === 10 ? { month: +a.date.slice(5, 7), day: +a.date.slice(8, 10) } : null);
	const db =
		b.dayMonth ??
		(b.date?.length === 10 ? { month: +b.date.slice(5, 7), day: +b.date.slice(8, 10) } : null);
	return da !== null && db !== null && da.month === db.month && da.day === db.day;
}

/** A's coarser date (the week's month, the year) holds b's day: "this week in Dushanbe". */
function holds(a: Candidate, b: Candidate): boolean {
	return (
		a.date !== null && b.date !== null && a.date.length < b.date.length && b.date.startsWith(a.date)
	);
}

/** B's own date falls within a's: the same day or month, the one holding the other, or a's span. */
function dateAgrees(a: Candidate, b: Candidate): boolean {
	if (sameDay(a, b) || holds(a, b) || holds(b, a)) return true;
	if (a.date !== null && b.date !== null)
		return a.date === b.date || (a.end !== null && b.date >= a.date && b.date <= a.end);
	const month = (c: Candidate) =>
		c.dayMonth?.month ?? (c.date !== null && c.date.length >= 7 ? +c.date.slice(5, 7) : null);
	return month(a) !== null && month(a) === month(b);
}

/** Merges what b says into a; a keeps its own date and place when it has them. */
export function absorb(a: Candidate, b: Candidate): void {
	if (a.date === null && a.dayMonth === null) {
		a.date = b.date;
		a.end = b.end;
		a.dayMonth = b.dayMonth;
		a.how = b.how;
	} else if (a.date === null && b.date !== null && a.dayMonth && sameDay(a, b)) {
		a.date = b.date;
		a.end = b.end;
		a.dayMonth = null;
		a.how = b.how;
	}
	a.placeId ??= b.placeId;
	a.byVideo ||= b.byVideo;
	a.planned &&= b.planned;
	a.reference &&= b.reference;
	a.attributed ||= b.attributed;
	a.exercise ??= b.exercise;
	for (const c of b.countries) a.countries.add(c);
	mergeParticipation(a.participation, b.participation);
	a.chair ??= b.chair;
	for (const s of b.sources) addSource(a.sources, s);
}

/**
 * Absence, stated, outweighs a presence read elsewhere; by video outweighs both ("اعتذر عن
 * الحضور شخصيا … واكتفى بالمشاركة عن بعد" is taking part by video).
 */
export function mergeParticipation(
	into: Map<string, Attendance>,
	from: ReadonlyMap<string, Attendance>
): void {
	for (const [country, value] of from) {
		const old = into.get(country);
		if (old === undefined || (value === 'absent' && old !== 'video') || value === 'video')
			into.set(country, value);
	}
}

export interface Orphan {
	reading: AttendanceReading;
	/** The sentence, stating nothing yet: what it says of the meeting is added when it joins one. */
	source: CitedSource;
	/** The sentence also dates something else: its speakers may be speaking elsewhere. */
	dated: boolean;
}

const undated = (c: Candidate) => c.date === null && c.dayMonth === null;
const shareCountry = (a: Candidate, b: Candidate) =>
	[...a.countries].some((x) => b.countries.has(x));

/**
 * Clashes and deployments the article names again without a date, or (deployments) without the
 * alliance named, support the one it dates or attributes: "ويشارك في المناورات ألف عسكري" is
 * the exercise its lead reported. An unattributed deployment with nothing to support is dropped.
 */
function supportOthers(
	all: Candidate[],
	rejected: Rejection[],
	anchor: string | null
): Candidate[] {
	const candidates = joinDays(all);
	const out: Candidate[] = [];
	for (const c of candidates) {
		if (c.type === 'summit') {
			out.push(c);
			continue;
		}
		const homes = candidates.filter(
			(h) => h !== c && h.type === c.type && h.attributed && !undated(h) && !h.reference
		);
		if (c.type === 'deployment' && !c.attributed) {
			// Another kind's home only when its own date does not contradict it: "في جانفي الماضي
			// أرسلت … قوة" is not a September exercise's source.
			const only = homes.length === 1 ? homes[0]! : undefined;
			const home =
				homes.find((h) => h.subtype === c.subtype) ??
				(only && (undated(c) || dateAgrees(only, c)) ? only : undefined);
			if (home) {
				supportWith(home, c);
				joinContributors(home, c);
				withdrawalSpan(home, c);
			} else
				rejected.push({
					type: c.type,
					reason: 'troops, arms or an exercise not attributed to the CSTO',
					quote: c.sources[0]!.quote
				});
			continue;
		}
		// The same kind sharing a country, else the article's one dated happening of that type;
		// dated, a partyless one on a day the article's one such happening spans ("وأعلن وقف
		// لإطلاق النار مساء اليوم نفسه").
		const home = undated(c)
			? (homes.find((h) => h.subtype === c.subtype && shareCountry(h, c)) ??
				(homes.length === 1 ? homes[0] : undefined))
			: !c.attributed && homes.length === 1 && onItsDays(homes[0]!, c)
				? homes[0]
				: undefined;
		// "واندلعت المواجهات يوم الأربعاء": the article's one clash, its parties named elsewhere
		// and its day here, within a week of the report.
		const named = !c.attributed && !home ? theOneNamed(candidates, c, anchor) : undefined;
		if (named) {
			const day = named.date;
			absorb(named, { ...c, countries: new Set(), placeId: named.placeId ?? c.placeId });
			// Dated to the article's day, it ran from the day this sentence gives.
			if (day !== null && day !== c.date)
				({ date: named.date, end: named.end } = spanOfDays([day, c.date, c.end]));
		} else if (home) {
			supportWith(home, c);
			joinContributors(home, c);
			otherSide(home, c);
		} else if (!c.attributed)
			rejected.push({
				type: c.type,
				reason: 'no party named and nothing in the article to support',
				quote: c.sources[0]!.quote
			});
		else out.push(c);
	}
	return out;
}

const DAY = 86_400_000;
const dayOf = (c: Candidate) => (c.date?.length === 10 ? Date.parse(c.date) : NaN);

/** b is dated to a day a's days run through. */
const onItsDays = (a: Candidate, b: Candidate) =>
	a.date?.length === 10 && b.date?.length === 10 && b.date >= a.date && b.date <= (a.end ?? a.date);

/**
 * The article's only clash with its parties named and no day of its own (or only the article's
 * day), when `c` (a clash with none named, a reported one) is dated within a week before the
 * article's day.
 */
function theOneNamed(
	candidates: Candidate[],
	c: Candidate,
	anchor: string | null
): Candidate | undefined {
	if (c.type !== 'clash' || c.reference || c.date?.length !== 10 || !anchor) return undefined;
	const back = Date.parse(anchor.slice(0, 10)) - dayOf(c);
	if (anchor.length !== 10 || !(back >= 0 && back <= 7 * DAY)) return undefined;
	// (A clash only recalled, "في أسوأ مواجهات بين الجارتين منذ سنوات", is no other one reported.)
	const named = candidates.filter(
		(h) => h !== c && h.type === 'clash' && h.attributed && !h.reference
	);
	// Undated, or dated only to the article's own day ("يريفان، الأربعاء 17 نوفمبر - اتهمت الوزارة
	// القوات الأذربيجانية بشن هجوم …" and then "ووقعت الاشتباكات يوم الثلاثاء").
	const one = named.length === 1 ? named[0]! : undefined;
	// (Not one the lead dates by «اليوم» itself: "شنت اليوم هجوما … بعد اشتباكات وقعت الجمعة".)
	const byDateline = (x: Candidate) => x.date === anchor && !x.end && !/اليوم|امس/.test(x.how);
	return one && (undated(one) || byDateline(one)) ? one : undefined;
}

/**
 * "افتتحت المناورات الثلاثاء … ودخلت «روبيج» مرحلتها النشطة اليوم الخميس": one article's
 * exercise told on its several days is one, unless it names two different exercises.
 */
function joinDays(candidates: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	for (const c of candidates) {
		const home =
			c.type === 'deployment' && c.attributed && !c.reference
				? out.find(
						(h) =>
							h.type === 'deployment' &&
							h.subtype === c.subtype &&
							h.attributed &&
							!h.reference &&
							(!h.exercise || !c.exercise || h.exercise === c.exercise) &&
							Math.abs(dayOf(h) - dayOf(c)) <= 3 * DAY
					)
				: undefined;
		if (!home) {
			out.push(c);
			continue;
		}
		const span = spanOfDays([home.date, c.date, home.end, c.end]);
		absorb(home, c);
		({ date: home.date, end: home.end } = span);
	}
	return out;
}

/** How far apart a withdrawal's start and its completion are told, in one article or across them. */
export const WITHDRAWAL_DAYS = 10;

/**
 * "أقلعت آخر طائرة … اليوم الأربعاء" and "وكانت عملية سحب الوحدات قد بدأت في 13 يناير": the
 * article's withdrawal runs from the start it recalls to the end it reports.
 */
function withdrawalSpan(home: Candidate, c: Candidate): void {
	if (home.subtype !== 'withdrawal' || c.subtype !== 'withdrawal') return;
	if (Number.isNaN(dayOf(home)) || Number.isNaN(dayOf(c))) return;
	if (Math.abs(dayOf(home) - dayOf(c)) > WITHDRAWAL_DAYS * DAY) return;
	({ date: home.date, end: home.end } = spanOfDays([home.date, c.date, home.end, c.end]));
}

/** Cites b's sentence for a, without taking b's countries or place. */
function supportWith(a: Candidate, b: Candidate): void {
	// Its sentence names a happening of a's kind; its date, place and parties are its own.
	for (const s of b.sources) addSource(a.sources, { ...s, claims: { type: true } });
}

/**
 * "وتتكون قوات حفظ السلام من عسكريين من روسيا وبيلاروسيا": the members an undated sentence names
 * as making up the force (the one arriving or the one leaving) or taking part in the exercise are
 * a's too.
 */
function joinContributors(a: Candidate, b: Candidate): void {
	if (a.type !== 'deployment' || !b.contributors || !undated(b)) return;
	for (const c of b.contributors) a.countries.add(c);
}

/**
 * "مواجهات بين القوات القرغيزية والطاجيكية" (undated) and "واندلعت الاشتباكات صبيحة الأربعاء …
 * في منطقة كوك تاش" (one side, by its place): a clash has two sides; the one a's sentence left
 * out is the other b names beside a's.
 */
function otherSide(a: Candidate, b: Candidate): void {
	if (a.type !== 'clash' || a.countries.size !== 1 || b.countries.size !== 2) return;
	// (The lead names both sides before the details; a sentence after them may be background:
	// "وتشهد الحدود بين قرغيزستان وأوزبكستان أيضا مواجهات".)
	if (!undated(b) || !shareCountry(a, b) || b.at > a.at) return;
	for (const c of b.countries) a.countries.add(c);
}

/** The article's leaders' summit with its day: one reported held, else (if `announced`) one announced. */
function mainSummit(summits: Candidate[], announced: boolean): Candidate | undefined {
	return (
		summits.find((c) => c.subtype === 'leaders' && isDay(c) && !c.planned) ??
		(announced ? summits.find((c) => c.subtype === 'leaders' && isDay(c)) : undefined)
	);
}

export function consolidateArticle(
	all: Candidate[],
	rejected: Rejection[],
	/** The article's own day, when known: a partyless clash near it is the article's clash. */
	anchor: string | null = null
): Candidate[] {
	const candidates = supportOthers(all, rejected, anchor);
	const summits = candidates.filter((c) => c.type === 'summit');
	const main = mainSummit(summits, true);
	const out: Candidate[] = [];
	for (const c of candidates) {
		if (main && c !== main && c.type === 'summit') {
			const undated = c.date === null && c.dayMonth === null;
			const placeFits = c.placeId === null || main.placeId === null || c.placeId === main.placeId;
			if (c.how === 'before-main-summit') {
				// "the CSTO events that preceded the summit": the ministerial round of the same meeting.
				c.placeId ??= main.placeId;
				// "قبل يوم من القمة": counted back from the summit's day.
				if (
					c.date === null &&
					c.dayMonth === null &&
					c.daysBeforeSummit &&
					main.date?.length === 10
				) {
					c.date = addDays(main.date, -c.daysBeforeSummit);
					c.how = `${c.daysBeforeSummit} day${c.daysBeforeSummit === 1 ? '' : 's'} before the summit`;
				} else if (c.date === null && c.dayMonth === null) {
					c.date = main.date?.slice(0, 7) ?? null;
					c.dayMonth = null;
					c.how = 'the ministerial meetings before the summit, in its month';
				}
			} else if (
				c.subtype === main.subtype &&
				placeFits &&
				(undated || sameDay(c, main) || holds(c, main))
			) {
				absorb(main, c);
				continue;
			}
		}
		out.push(c);
	}
	return out;
}

/**
 * Only one meeting in the article: who attended or spoke, said in sentences that name no meeting,
 * was at it. Run once the article's meetings are dated.
 */
export function attachOrphans(out: Candidate[], orphans: Orphan[]): void {
	const summits = out.filter((c) => c.type === 'summit');
	const meetings = out.filter(
		(c) => c.type === 'summit' && (c.date !== null || c.dayMonth !== null)
	);
	// A summit only announced is not where the article's unattached attendance was, when the
	// article reports another meeting held ("اجتمع اليوم الوزراء … القمة المقررة غدا").
	const heldOther = meetings.some((c) => !c.planned && !c.reference && c.subtype !== 'leaders');
	const main = mainSummit(summits, !heldOther);
	// Else the meeting the article leads with, when it reports one rather than plans it.
	const lead = meetings.find((c) => !c.planned && !c.reference);
	const target = main ?? (meetings.length === 1 ? meetings[0] : lead);
	// More meetings than a headline's and a body's mention of one: whose it was is unclear. An
	// announced one beside a held one does not count.
	const ambiguous = (heldOther ? meetings.filter((c) => !c.planned) : meetings).length > 2;
	if (target && !ambiguous) {
		for (const o of orphans) {
			mergeParticipation(target.participation, o.reading.participation);
			const stated = new Map(o.reading.participation);
			if (!o.dated && meetings.length === 1)
				for (const country of o.reading.speakers)
					if (!target.participation.has(country)) {
						target.participation.set(country, 'present');
						stated.set(country, 'present');
					}
			target.chair ??= o.reading.chair;
			if (stated.size > 0)
				addSource(target.sources, {
					...o.source,
					claims: { attendance: Object.fromEntries(stated) }
				});
		}
	}
	for (const c of out) {
		if (c.type === 'summit' && c.byVideo)
			for (const [country, value] of c.participation)
				if (value === 'present') c.participation.set(country, 'video');
	}
}
