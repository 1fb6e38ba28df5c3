/**
 * One event per real-world happening: candidates from all articles are grouped when they are of
 * the same kind, on compatible dates (equal, or one a month or year that holds the other) and at
 * compatible places (equal, or one unknown), and clashes and deployments share their main
 * country. A day and month with no year takes its year from the same event dated elsewhere;
 * a mention with no date at all joins the one event it can only be.
 */
import { spanOfDays } from '../dates/spanOfDays';
import { compareText } from '../text/compareText';
import { isMember } from '../../model/members';
import { absorb, WITHDRAWAL_DAYS } from '../extract/consolidateArticle';
import type { Candidate } from '../extract/types';

export interface Unresolved {
	candidate: Candidate;
	reason: string;
}

const family = (c: Candidate): string =>
	c.type === 'summit'
		? c.subtype === 'ministerial'
			? 'ministerial'
			: 'leaders'
		: // Unrest and the fighting it brings are one clash; a deployment's kinds stay apart.
			c.type === 'clash'
			? 'clash'
			: `${c.type}:${c.subtype}`;

function datesFit(a: string, b: string): boolean {
	return a === b || a.startsWith(b) || b.startsWith(a);
}

const DAY = 86_400_000;
/** How far apart one named exercise's reports may date it: exercises last up to two weeks. */
const EXERCISE_DAYS = 14;

/**
 * A clash or a deployment goes on for days and each report dates the day it speaks of: two
 * day dates a few days apart are one happening; a month or a year holds the days inside it.
 */
function datesNear(a: Candidate, b: Candidate, days: number): boolean {
	const [from, to] = [a.date!, a.end ?? a.date!];
	if (from.length === 10 && b.date!.length === 10) {
		const [start, end] = [dayMs(b.date!), dayMs(b.end ?? b.date!)];
		return start <= dayMs(to) + days * DAY && end >= dayMs(from) - days * DAY;
	}
	return datesFit(from, b.date!);
}

/** UTC ms of a day, parsed once per distinct day: every candidate is compared with its bucket. */
const parsedDays = new Map<string, number>();
function dayMs(day: string): number {
	let ms = parsedDays.get(day);
	if (ms === undefined) parsedDays.set(day, (ms = Date.parse(day)));
	return ms;
}

function placesFit(a: Candidate, b: Candidate): boolean {
	return a.placeId === null || b.placeId === null || a.placeId === b.placeId;
}

const shareMember = (a: Candidate, b: Candidate) =>
	[...a.countries].some((c) => isMember(c) && b.countries.has(c));

/**
 * Meetings: the same kind on the same day (or a month or year that holds it) at the same place.
 * Clashes: the same parties within three days of the days already known, wherever each report places the fighting (one
 * clash is never split per city named). Deployments: the same main country and kind within three
 * days; two exercises with different names are never one.
 */
function fits(a: Candidate, b: Candidate): boolean {
	if (a.type !== b.type || family(a) !== family(b) || a.date === null || b.date === null)
		return false;
	if (a.type === 'summit') return datesFit(a.date, b.date) && placesFit(a, b);
	if (a.type === 'clash') return datesNear(a, b, 3) && shareMember(a, b);
	if (a.exercise && b.exercise && a.exercise !== b.exercise) return false;
	const sameName = a.exercise !== null && a.exercise === b.exercise;
	// A withdrawal takes days ("بدء الانسحاب" … "اكتمال الانسحاب" a week later): one happening;
	// so does a named exercise, told at its start and at its close.
	const days =
		a.subtype === 'withdrawal'
			? WITHDRAWAL_DAYS
			: sameName && placesFit(a, b) && shareMember(a, b)
				? EXERCISE_DAYS
				: 3;
	return datesNear(a, b, days) && (shareMember(a, b) || sameName || b.countries.size === 0);
}

function countriesFit(a: Candidate, b: Candidate): boolean {
	if (a.type === 'summit') return true;
	const [first] = a.countries;
	return first !== undefined && b.countries.has(first);
}

/** Candidates in a fixed order, so grouping never depends on file-system order. */
function ordered(list: Candidate[]): Candidate[] {
	return [...list].sort(
		(a, b) =>
			(b.date?.length ?? 0) - (a.date?.length ?? 0) ||
			compareText(a.date ?? '', b.date ?? '') ||
			compareText(a.article, b.article) ||
			a.at - b.at
	);
}

export function mergeCandidates(all: Candidate[]): {
	events: Candidate[];
	unresolved: Unresolved[];
} {
	const unresolved: Unresolved[] = [];
	const dated = all.filter((c) => c.date !== null);
	// Day-dated candidates by day of the year, kind and family: each yearless one looks up its own.
	const sameDayKey = (c: Candidate, mmdd: string) => `${mmdd}|${c.type}|${family(c)}`;
	const byDay = new Map<string, Candidate[]>();
	const indexDay = (d: Candidate) => {
		if (d.date!.length !== 10) return;
		const key = sameDayKey(d, d.date!.slice(5));
		const list = byDay.get(key);
		if (list) list.push(d);
		else byDay.set(key, [d]);
	};
	dated.forEach(indexDay);
	// A day and month without a year: the year of the same event dated in another article.
	for (const c of all.filter((x) => x.date === null && x.dayMonth !== null)) {
		const mm = String(c.dayMonth!.month).padStart(2, '0');
		const dd = String(c.dayMonth!.day).padStart(2, '0');
		const years = new Set(
			(byDay.get(sameDayKey(c, `${mm}-${dd}`)) ?? [])
				.filter((d) => placesFit(c, d))
				.map((d) => d.date!.slice(0, 4))
		);
		if (years.size === 1) {
			const [year] = years;
			c.date = `${year}-${mm}-${dd}`;
			c.dayMonth = null;
			c.how = `day and month in the text; the year from the same ${c.type} dated in another article`;
			dated.push(c);
			indexDay(c);
		} else {
			unresolved.push({
				candidate: c,
				reason:
					years.size === 0
						? `${dd}/${mm} has no year, and no other article dates this ${c.type}`
						: `${dd}/${mm} has no year, and other articles date such a ${c.type} in ${[...years].join(' and ')}`
			});
		}
	}
	const groups: Candidate[] = [];
	// Groups that can fit share type, family and year: index by them, not a scan of all groups.
	const bucketOf = (c: Candidate) => `${c.type}|${family(c)}|${c.date!.slice(0, 4)}`;
	const buckets = new Map<string, Candidate[]>();
	// A meeting fits only a date equal to its own or holding it: a day-dated one need only look
	// at the groups dated that day, that month and that year (thousands of summits a year).
	const byDate = new Map<string, Candidate[]>();
	const rank = new Map<Candidate, number>();
	const dateKey = (g: Candidate, date: string) => `${bucketOf(g)}|${date}`;
	const indexDate = (g: Candidate) => {
		const list = byDate.get(dateKey(g, g.date!));
		if (list) list.push(g);
		else byDate.set(dateKey(g, g.date!), [g]);
	};
	const homeOf = (bucket: Candidate[], c: Candidate): Candidate | undefined => {
		if (c.type !== 'summit' || c.date!.length !== 10) return bucket.find((g) => fits(g, c));
		let home: Candidate | undefined;
		for (const date of [c.date!, c.date!.slice(0, 7), c.date!.slice(0, 4)])
			for (const g of byDate.get(dateKey(c, date)) ?? [])
				if ((!home || rank.get(g)! < rank.get(home)!) && fits(g, c)) home = g;
		return home;
	};
	for (const c of ordered(dated)) {
		const bucket = buckets.get(bucketOf(c)) ?? [];
		const home = homeOf(bucket, c);
		if (home) {
			// The more precise date wins; a clash or exercise runs from its first day to its last.
			if (c.date!.length > home.date!.length) {
				if (home.type === 'summit') {
					const list = byDate.get(dateKey(home, home.date!))!;
					list.splice(list.indexOf(home), 1);
				}
				home.date = c.date;
				home.end = c.end;
				if (home.type === 'summit') indexDate(home);
			} else if (home.type !== 'summit' && c.date!.length === 10 && home.date!.length === 10) {
				({ date: home.date, end: home.end } = spanOfDays([home.date, c.date, home.end, c.end]));
			}
			absorb(home, c);
		} else {
			const group = {
				...c,
				countries: new Set(c.countries),
				participation: new Map(c.participation),
				sources: [...c.sources]
			};
			rank.set(group, groups.length);
			groups.push(group);
			bucket.push(group);
			buckets.set(bucketOf(c), bucket);
			if (group.type === 'summit') indexDate(group);
		}
	}
	// No date at all: it can join an event only when exactly one fits its kind and place.
	// Groups by kind, family and place (an undated candidate never changes a group's place).
	const placeKey = (c: Candidate) => `${c.type}|${family(c)}|${c.placeId}`;
	const byPlace = new Map<string, Candidate[]>();
	for (const g of groups) {
		if (g.placeId === null) continue;
		const list = byPlace.get(placeKey(g));
		if (list) list.push(g);
		else byPlace.set(placeKey(g), [g]);
	}
	for (const c of all.filter((x) => x.date === null && x.dayMonth === null)) {
		const homes =
			c.placeId === null ? [] : (byPlace.get(placeKey(c)) ?? []).filter((g) => countriesFit(g, c));
		if (homes.length === 1) absorb(homes[0]!, c);
		else
			unresolved.push({
				candidate: c,
				reason:
					homes.length === 0
						? `no date in the text for this ${c.type}`
						: `no date in the text, and ${homes.length} dated events could be this ${c.type}`
			});
	}
	return { events: groups, unresolved };
}
