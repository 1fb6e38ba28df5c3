/**
 * "وفي اليوم السابق، اجتمع الوزراء …", "وفي اليوم التالي بدأ الانسحاب", "وفي اليوم نفسه عقد
 * المجلس جلسة": the day before, after or the same as the last day the article stated before it, as
 * a narrative counts its days. Not when the phrase names its own reference ("اليوم السابق على
 * الاقتراع", "في اليوم نفسه الذي عقدت فيه القمة"): that one is another story — unless the reference
 * is the happening the last stated day dated, named back ("عقدت القمة يوم 23 … وفي اليوم التالي
 * للقمة"). Works on the extraction's dates (each a DateHit, in text order) like withCountedSpans.
 */
import { addDays } from '../dates/calendar';
import { countedDay } from './countedDay';
import type { DateHit } from './types';

/**
 * Folded text: "اليوم السابق", "اليوم التالي" (what follows is read by `ownReference`);
 * "اليوم نفسه/ذاته/عينه", "نفس/ذات اليوم" (a place may follow: "فجر اليوم ذاته على الحدود");
 * neither followed by "من" or a relative pronoun.
 */
const ANAPHORIC =
	/(?<![\p{L}])(?:اليوم\s+(السابق|التالي)(?![\p{L}])|(?:اليوم\s+(?:نفسه|ذاته|عينه)|(?:نفس|ذات)\s+اليوم)(?![\p{L}]))(?!\s+(?:من|الذي|التي)(?![\p{L}]))/gu;

/** "على الحدود", "على طول خط التماس": a place after the phrase, not its reference. */
const PLACE_AFTER =
	/^\s+علي\s+(?:(?:طول|امتداد)\s+)?(?:ال)?(?:حدود|جبهه|خط|جانب|جانبي|محور|اطراف|مشارف|ارض|اراضي)(?![\p{L}])/u;
/** "للقمة", "على الاقتراع", "لانعقاد القمة": the reference the phrase names, its noun captured. */
/**
 * What may stand between a day counted from a happening and the happening's noun: "لانعقاد أعمال
 * القمة", "اختتام القمة" (a regex source, shared with modality.ts and pickDate.ts).
 */
export const OCCASION_OF = '(?:(?:انعقاد|اندلاع|انطلاق|بدء|انتهاء|اختتام|ختام)\\s+)?(?:اعمال\\s+)?';
const REFERENCE_AFTER = new RegExp(`^\\s+(?:ل|علي\\s+)${OCCASION_OF}(?:ال|ل)?(\\p{L}{2,})`, 'u');

/**
 * What "اليوم السابق/التالي" is counted from: the last stated day (`null`) when nothing or a place
 * follows, the reference's noun when one does ("للقمة" → "قمه").
 */
function ownReference(after: string): string | null {
	if (PLACE_AFTER.test(after)) return null;
	return REFERENCE_AFTER.exec(after)?.[1] ?? null;
}

/** The start of the sentence the offset stands in. */
function sentenceStart(norm: string, at: number): number {
	let i = at;
	while (i > 0 && !/[.!?؟\n]/.test(norm[i - 1]!)) i--;
	return i;
}

/** The last date before hits[i] that resolved without a problem and passes `ok`. */
function lastStatedBefore(
	hits: DateHit[],
	i: number,
	ok: (d: DateHit) => boolean
): DateHit | undefined {
	for (let j = i - 1; j >= 0; j--) {
		const d = hits[j]!;
		if (d.date && d.problems.length === 0 && ok(d)) return d;
	}
	return undefined;
}

/** A yearless day (and its span's end) put in `year`. */
function withYear(h: DateHit, year: string): DateHit {
	const inYear = (d: string) => year + d.slice(4);
	const dated: DateHit = { ...h, date: inYear(h.date!), until: h.until && inYear(h.until) };
	delete dated.yearless;
	return dated;
}

/** Right after a day and month: "من العام نفسه", "من السنة ذاتها", "من نفس العام". */
const SAME_YEAR =
	/^\s*(?:من\s+(?:العام|السنه)\s+(?:نفسه|ذاته|نفسها|ذاتها)|من\s+(?:نفس|ذات)\s+(?:العام|السنه))(?![\p{L}])/u;

/**
 * "وفي 16 تشرين الثاني من العام نفسه": a day and month in the year of the last date the text
 * stated before it, not the year the page's day would give it.
 */
function inSameYear(norm: string, hits: DateHit[]): DateHit[] {
	let out: DateHit[] | null = null;
	for (let i = 0; i < hits.length; i++) {
		const h = hits[i]!;
		if (!h.yearless || !h.date || !SAME_YEAR.test(norm.slice(h.end, h.end + 24))) continue;
		const year = lastStatedBefore(hits, i, (d) => !d.yearless)?.date!.slice(0, 4);
		if (!year) continue;
		out ??= [...hits];
		out[i] = withYear(h, year);
	}
	return out ?? hits;
}

/** "13 من ذات الشهر", "13 من نفس الشهر", "الـ14 منه", and "13 من الشهر" before "نفسه/ذاته". */
const SAME_MONTH = /(?:(?:ذات|نفس)\s+الشهر|منه)$/;
const SAME_MONTH_AFTER = /^\s+(?:نفسه|ذاته)(?![\p{L}])/u;

/**
 * "وصلت القوات في السادس من يناير، وبدأت الانسحاب في 13 من ذات الشهر": a day of the month the text
 * last stated before it (read as the page's month by the date grammar, which sees no text before),
 * or of the page's month when none was stated.
 */
function inSameMonth(norm: string, hits: DateHit[]): DateHit[] {
	let out: DateHit[] | null = null;
	for (let i = 1; i < hits.length; i++) {
		const h = hits[i]!;
		if (!h.relative || h.date?.length !== 10) continue;
		const raw = norm.slice(h.start, h.end);
		if (
			!SAME_MONTH.test(raw) &&
			!(raw.endsWith('الشهر') && SAME_MONTH_AFTER.test(norm.slice(h.end, h.end + 10)))
		)
			continue;
		const month = lastStatedBefore(hits, i, (d) => d.date!.length >= 7)?.date!.slice(0, 7);
		if (!month || month === h.date.slice(0, 7)) continue;
		const inMonth = (d: string) => month + d.slice(7);
		out ??= [...hits];
		out[i] = { ...h, date: inMonth(h.date), until: h.until && inMonth(h.until), relative: false };
	}
	return out ?? hits;
}

/** "مطلع الشهر", "أواخر الشهر": the month, bare, with no "الجاري" or "الماضي" after it. */
const BARE_MONTH = /^(?:(?:مطلع|منتصف|اواخر|اوايل|نهايه|بدايه)\s+)?الشهر$/;

/**
 * "حين تغيبت القوات عن مناورات أيلول في بيلاروسيا مطلع الشهر": a bare "the month" after a month
 * the same sentence named is that month, not the page's.
 */
function inMonthNamed(norm: string, hits: DateHit[]): DateHit[] {
	let out: DateHit[] | null = null;
	for (let i = 1; i < hits.length; i++) {
		const h = hits[i]!;
		if (!h.relative || !BARE_MONTH.test(norm.slice(h.start, h.end))) continue;
		const named = hits[i - 1]!;
		if (
			named.relative ||
			!named.date ||
			named.date.length < 7 ||
			named.problems.length > 0 ||
			/[.!?؟\n]/.test(norm.slice(named.end, h.start))
		)
			continue;
		out ??= [...hits];
		out[i] = { ...h, date: named.date.slice(0, 7), until: null };
	}
	return out ?? hits;
}

/**
 * "عشية القمة", "غداة الاشتباكات": the eve of, the day after the happening named (the word alone
 * is the date; the noun stays the happening's mention).
 */
const EVE =
	/(?<![\p{L}])[وفب]?(عشيه|غداه)\s+(?:(?:انعقاد|اندلاع|انطلاق|بدء|انتهاء|اختتام)\s+)?ال(\p{L}{2,})/gu;

/** The eve or the morrow of the happening the last stated day dated, named back. */
function eveOf(norm: string, hits: DateHit[]): DateHit[] {
	const found: DateHit[] = [];
	EVE.lastIndex = 0;
	for (let m = EVE.exec(norm); m !== null; m = EVE.exec(norm)) {
		const start = m.index + m[0].indexOf(m[1]!);
		const last = lastDayBefore(hits, start);
		if (!last || !namedWith(norm, last, hits, m[2]!, start)) continue;
		found.push(
			countedDay(
				start,
				start + m[1]!.length,
				addDays(m[1] === 'عشيه' ? last.date! : (last.until ?? last.date!), m[1] === 'عشيه' ? -1 : 1)
			)
		);
	}
	return found;
}

/** The last stated day before `start`: a day of its own, not one counted back from another. */
function lastDayBefore(hits: DateHit[], start: number): DateHit | undefined {
	let last: DateHit | undefined;
	for (const h of hits) {
		if (h.start >= start) break;
		if (h.date?.length === 10 && h.problems.length === 0) last = h;
	}
	return last;
}

/**
 * "ففي السادس من جانفي 2022 …، بدأت انسحابها في 13 جانفي": a yearless day a few days after a
 * date the same sentence stated with its year is in that year, when the page's day had put it in
 * the page's future (a page of late December puts it in the next January). Only the same month or
 * the next: a day further on may be another year's.
 */
function inStatedYear(norm: string, hits: DateHit[], published: string | null): DateHit[] {
	if (published === null) return hits;
	let out: DateHit[] | null = null;
	for (let i = 1; i < hits.length; i++) {
		const h = hits[i]!;
		// Only a day the page's date put in its future: "في 10 يناير" on a page of 12 January is
		// that January, whatever year the sentence recalled before it.
		if (!h.yearless || h.date?.length !== 10 || h.date <= published) continue;
		const last = lastStatedBefore(hits, i, (d) => !d.yearless && d.date!.length >= 7);
		if (!last || /[.!?؟\n]/.test(norm.slice(last.end, h.start))) continue;
		const year = last.date!.slice(0, 4);
		if (year === h.date.slice(0, 4)) continue;
		const months = +h.date.slice(5, 7) - +last.date!.slice(5, 7);
		if (months !== 0 && months !== 1) continue;
		out ??= [...hits];
		out[i] = withYear(h, year);
	}
	return out ?? hits;
}

export function withAnaphoricDays(
	norm: string,
	stated: DateHit[],
	published: string | null = null
): DateHit[] {
	const hits = inMonthNamed(
		norm,
		inSameMonth(norm, inStatedYear(norm, inSameYear(norm, stated), published))
	);
	ANAPHORIC.lastIndex = 0;
	const found: DateHit[] = eveOf(norm, hits);
	for (let m = ANAPHORIC.exec(norm); m !== null; m = ANAPHORIC.exec(norm)) {
		const start = m.index;
		const last = lastDayBefore(hits, start);
		if (!last) continue;
		const before = m[1] === 'السابق';
		const after = m[1] === 'التالي';
		if (before || after) {
			const tail = norm.slice(start + m[0].length, start + m[0].length + 40);
			const reference = ownReference(tail);
			// "اليوم التالي للقمة" counts from the last stated day only if that day's sentence named
			// the summit ("عقدت القمة يوم 23 نوفمبر"); "اليوم السابق على الاقتراع" is another story.
			if (reference !== null && !namedWith(norm, last, hits, reference, start)) continue;
			if (
				reference === null &&
				/^\s+(?:ل\p{L}|علي(?![\p{L}]))/u.test(tail) &&
				!PLACE_AFTER.test(tail)
			)
				continue;
		}
		// The same day as a span of days is none of them.
		if (!before && !after && last.until) continue;
		found.push(
			countedDay(
				start,
				start + m[0].length,
				before ? addDays(last.date!, -1) : after ? addDays(last.until ?? last.date!, 1) : last.date!
			)
		);
	}
	if (found.length === 0) return hits;
	return [...hits, ...found].sort((a, b) => a.start - b.start);
}

/**
 * Nouns of one kind of happening: "القمة" named back after "عقد المجلس دورته", "الاشتباكات"
 * after "اندلعت مواجهات".
 */
const KINDS = [
	'قمه|قمم|اجتماع|اجتماعات|دوره|جلسه|لقاء|مجلس|اعمال',
	'اشتباك|اشتباكات|مواجهات|مواجهه|معارك|قتال|قصف|هجوم|اعتداء',
	'مناورات|مناوره|تدريبات|تمرين|تمارين'
];
/** The noun's kin, each also in its bound form before a pronoun ("دورته", "قمتهم"). */
function kin(noun: string): string {
	const words = (KINDS.find((k) => k.split('|').includes(noun)) ?? noun).split('|');
	return words
		.flatMap((w) => (w.endsWith('ه') ? [w, w.slice(0, -1) + 'ت(?=ه|ها|هم|هما)'] : [w]))
		.join('|');
}

/** How far from the stated day its happening's noun stands: "عقدت القمة يوم 23 نوفمبر". */
const OWN_REACH = 50;
/** How far before its day a noun may stand with a relative clause of its own between. */
const RELATIVE_REACH = 100;
const RELATIVE_BETWEEN = /(?:^|\s)(?:التي|الذي)(?![\p{L}])/u;
/** A that-clause or a clause break between the noun and the day: the day is another's. */
const APART = /[.؛!?؟\n]|(?:^|\s)(?:ان|بان|انه|انها|قبل|بعد)(?![\p{L}])/u;

/**
 * Was `last` the day of the reference — its noun, or one of its kind (with the article, a clitic
 * or a pronoun), near the day in the same clause, nothing else dated between, and the name after
 * the reference ("لقمة مينسك") named there too?
 */
function namedWith(
	norm: string,
	last: DateHit,
	hits: DateHit[],
	noun: string,
	before: number
): boolean {
	const from = Math.max(sentenceStart(norm, last.start), last.start - RELATIVE_REACH);
	let to = last.end;
	while (to < before && to < last.end + OWN_REACH && !/[.!?؟\n]/.test(norm[to]!)) to++;
	const re = new RegExp(
		`(?<![\\p{L}])[وفبل]?(?:ال)?(?:${kin(noun)})(?:ه|ها|هم|هما)?(?![\\p{L}])`,
		'gu'
	);
	for (const m of norm.slice(from, to).matchAll(re)) {
		const at = from + m.index;
		const [a, b] = at < last.start ? [at + m[0].length, last.start] : [last.end, at];
		if (APART.test(norm.slice(a, b)) || hits.some((h) => h !== last && h.start >= a && h.end <= b))
			continue;
		// ("قمة المنظمة التي استضافتها العاصمة البيلاروسية مينسك أمس": further, in its own clause.)
		if (b - a > OWN_REACH && !(at < last.start && RELATIVE_BETWEEN.test(norm.slice(a, b))))
			continue;
		return true;
	}
	return false;
}
