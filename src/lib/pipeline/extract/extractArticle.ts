/**
 * One article to event candidates and status evidence. The article's publication date comes from
 * the editor's metadata, else its dateline, else a "today" it dates itself; a disagreement
 * between metadata and dateline is reported. Then every sentence of the article's body (page
 * furniture after it is ignored) is read by the rules in sentenceCandidates.ts.
 */
import type { Attendance } from '../../model/schema';
import type { DiagnosticSink } from '../diagnostics';
import type { CorpusArticle } from '../io/readCorpus';
import { dateFromUrl } from '../dates/dateFromUrl';
import type { DateMention } from '../dates/dateMention';
import { yearByWeekday } from '../dates/yearByWeekday';
import { findEntryStamps, stampAt } from '../dates/entryStamps';
import { findUpdateStamps } from '../dates/updateStamps';
import { datelineDay, findAgencyDateline, yearOfText } from '../dates/findAgencyDateline';
import { normalize } from '../text/normalize';
import { findBody } from '../text/findBodyEnd';
import { splitSentences } from '../text/splitSentences';
import { lastOrgNamed } from './attribution';
import { betweenParties } from './betweenParties';
import {
	bulletAttendance,
	bulletMember,
	dashedList,
	isBullet,
	listHeadAttendance
} from './bulletedList';
import { bucketBySpan, rawToNorm } from './bucketBySpan';
import { attachOrphans, consolidateArticle, type Orphan } from './consolidateArticle';
import type { ArticleContext } from './context';
import { detectEntities } from './detectEntities';
import {
	findDateline,
	findDateMentions,
	hijriDisagreements,
	resolveMention,
	withCountedSpans
} from './detectDates';
import { findCues } from './findCues';
import { readStatusEvidence } from './readStatusEvidence';
import { sentenceCandidates, type Rejection } from './sentenceCandidates';
import { sourceOf } from './sourceOf';
import type { Candidate, Sentence, StatusEvidence } from './types';
import { withAnaphoricDays } from './withAnaphoricDays';

export interface ArticleExtraction {
	published: string | null;
	publishedFrom: 'metadata' | 'dateline' | 'text' | null;
	title: string | null;
	candidates: Candidate[];
	/** Frames that did not become candidates, and why. */
	rejected: Rejection[];
	evidence: StatusEvidence[];
	/** Undated or unusable mentions, for the report. */
	notes: string[];
}

/**
 * A photo's caption pasted with the page ("التعليق على الصورة، جنود … في ألماتي، 11 يناير"): it
 * describes a picture, often an old one, and reports nothing.
 */
const CAPTION =
	/^\s*[([]?\s*(?:التعليق على الصورة|تعليق الصورة|مصدر الصورة|حقوق الصورة|صورة أرشيفية|الصورة|صورة)\s*[:،,)\]]/u;
const isCaption = (head: string) => CAPTION.test(head);

/** Acts done at a meeting, about its documents: "رفض باشينيان التوقيع على الإعلان الختامي". */
const AT_MEETING = new Set<StatusEvidence['act']>(['refused-to-sign']);

/**
 * "قمة يريفان: باشينيان يرفض التوقيع" in the next day's paper: a refusal to sign is made at the
 * meeting the article reports, on its day, not on the day the article appeared.
 */
function datedByMeeting(evidence: StatusEvidence[], candidates: Candidate[]): void {
	const held = (type: Candidate['type'], subtype?: Candidate['subtype']) =>
		candidates.find(
			(c) =>
				c.type === type &&
				(subtype === undefined || c.subtype === subtype) &&
				!c.planned &&
				!c.reference &&
				c.date?.length === 10
		);
	// "وامتنعت أرمينيا عن إرسال أي قوات إلى التدريبات" the day after they began: troops withheld
	// from the exercise the article reports, on its first day.
	for (const [acts, happening] of [
		[AT_MEETING, held('summit')],
		[AT_EXERCISE, held('deployment', 'exercise')]
	] as const) {
		if (!happening) continue;
		for (const e of evidence)
			if (e.byArticleDay && acts.has(e.act) && happening.date! <= e.date) {
				e.date = happening.date!;
				delete e.byArticleDay;
			}
	}
}
/** Acts about an exercise: troops withheld from it. */
const AT_EXERCISE = new Set<StatusEvidence['act']>(['refused-troops', 'sent-no-troops']);

/** The years of the atlas's window (buildEventSet's WINDOW): 2021–2023. */
const WINDOW_YEARS = [2021, 2022, 2023];
/** Lines from the top where a page's own date stands. */
const HEAD_LINES = 8;

/** A day and month with a weekday and no year in the head of the page ("الثلاثاء 13 أيلول"). */
function headDayWithWeekday(
	text: string,
	mentions: readonly DateMention[]
): { month: number; day: number; weekday: number } | null {
	let headEnd = -1;
	for (let k = 0; k < HEAD_LINES; k++) {
		headEnd = text.indexOf('\n', headEnd + 1);
		if (headEnd === -1) {
			headEnd = text.length;
			break;
		}
	}
	const m = mentions.find(
		(m) =>
			m.end <= headEnd &&
			m.calendar === 'gregorian' &&
			m.relative === null &&
			m.year === null &&
			m.month !== null &&
			m.day !== null &&
			m.weekday !== null
	);
	return m ? { month: m.month!, day: m.day!, weekday: m.weekday! } : null;
}

function firstLine(text: string): string | null {
	// Line by line from the top: splitting the whole article for its first line cost more.
	for (let from = 0; from <= text.length;) {
		const eol = text.indexOf('\n', from);
		const to = eol === -1 ? text.length : eol;
		const line = text.slice(from, to).trim();
		if (line.length > 0) return line.length <= 200 ? line : line.slice(0, 200) + '…';
		from = to + 1;
	}
	return null;
}

export function extractArticle(article: CorpusArticle, sink: DiagnosticSink): ArticleExtraction {
	const { text, file } = article;
	const norm = normalize(text);
	const path = file;
	const notes: string[] = [];
	const mentions = findDateMentions(norm.text);
	// The editor's date, else the day the page's address carries ("/2021/09/16/").
	const fromUrl = dateFromUrl(article.meta?.url);
	// A page date outside the month its address carries is some other day's (a render stamp).
	const dateline = findDateline(norm.text, mentions, fromUrl?.length === 7 ? fromUrl : null);
	let published = article.meta?.published ?? (fromUrl?.length === 10 ? fromUrl : null);
	let publishedFrom: ArticleExtraction['publishedFrom'] = published ? 'metadata' : null;
	if (dateline) {
		const at = norm.rawIndex[dateline.start] ?? 0;
		if (published && dateline.date !== published)
			sink.warn(
				path,
				`the dateline says ${dateline.date} but metadata.json says ${published}; kept the metadata date. Correct whichever is wrong`,
				text,
				at
			);
		else if (!published)
			[published, publishedFrom] = [dateline.date, dateline.fromText ? 'text' : 'dateline'];
	}
	if (!published) {
		// "دوشنبه - 17 - 10 (كونا) --": a wire's yearless dateline, in the year the text names.
		const agency = findAgencyDateline(norm.text);
		const year = fromUrl ? Number(fromUrl.slice(0, 4)) : yearOfText(norm.text);
		const weekday = mentions.find((m) => m.relative === 'today' && m.weekday !== null)?.weekday;
		const day = agency && year ? datelineDay(agency, year, weekday ?? null) : null;
		if (day) {
			[published, publishedFrom] = [day, 'dateline'];
			notes.push(
				`The dateline gives no year; took ${day.slice(0, 4)}, the year the text names most${weekday !== undefined ? ', which fits the weekday it gives' : ''}`
			);
		}
	}
	if (!published) {
		// "مباشر | تطورات الثلاثاء 13 أيلول": a live page's head dates its day without the year;
		// the weekday gives it, when one year of the atlas's window fits.
		const head = headDayWithWeekday(norm.text, mentions);
		const day = head ? yearByWeekday(head.month, head.day, head.weekday, WINDOW_YEARS) : null;
		if (day) {
			[published, publishedFrom] = [day, 'text'];
			notes.push(
				`The page's head gives the day and weekday without a year; took ${day.slice(0, 4)}, the one year of ${WINDOW_YEARS[0]}–${WINDOW_YEARS.at(-1)} in which that day fell on that weekday`
			);
		}
	}
	if (!published) {
		// "اليوم الخميس 23 نوفمبر 2023": the article dates its own day.
		const today = mentions
			.map((m) => resolveMention(m, null))
			.find((d) => d.today && d.date?.length === 10);
		if (today?.date) [published, publishedFrom] = [today.date, 'text'];
	}

	// A live page's entries: "today" under a stamp is the stamp's day; so is a later update's.
	const stamps = [
		...findEntryStamps(norm.text, mentions),
		...findUpdateStamps(norm.text, published)
	].sort((a, b) => a.start - b.start);
	const resolved = mentions.map((m) =>
		resolveMention(
			m,
			m.relative !== null || m.year === null ? (stampAt(stamps, m.start) ?? published) : published
		)
	);
	for (const d of hijriDisagreements(mentions, resolved))
		sink.warn(
			path,
			`the Hijri date here is ${d.hijri} on the Umm al-Qura calendar, but the Gregorian date beside it says ${d.gregorian}. Check which one the outlet meant`,
			text,
			norm.rawIndex[d.at] ?? 0
		);
	const dates = withAnaphoricDays(
		norm.text,
		withCountedSpans(norm.text, resolved, published),
		published
	);
	const body = findBody(text);
	const bodyEnd = body.end;
	/** Raw offset inside the article's own text: before the furniture, outside "read also" boxes. */
	const ownText = (raw: number) =>
		raw < bodyEnd && !body.boxes.some((b) => raw >= b.start && raw < b.end);
	// Teasers are other stories: their dates are not this article's problem.
	for (const d of dates)
		if (ownText(norm.rawIndex[d.start] ?? 0))
			for (const problem of d.problems)
				sink.warn(path, `${problem} Check the date in the text`, text, norm.rawIndex[d.start] ?? 0);

	const entities = detectEntities(norm.text);
	const cues = findCues(norm.text);
	const inBody = (x: { start: number }) => ownText(norm.rawIndex[x.start] ?? 0);
	const retrospective = cues.some((c) => c.kind === 'retrospective' && inBody(c));
	const newsDay = retrospective
		? null
		: (dates.find(
				(d) => d.today && d.date?.length === 10 && inBody(d) && stampAt(stamps, d.start) === null
			)?.date ?? null);
	const ctx: ArticleContext = {
		articleId: article.id,
		file,
		text,
		norm,
		anchor: published,
		newsDay,
		stamps,
		aboutCsto: entities.some((e) => e.kind === 'org' && e.id === 'csto' && inBody(e)),
		retrospective,
		pair: [],
		lastMeeting: null,
		meetingCountry: null,
		cstoForce: false,
		lastOrg: null
	};

	const candidates: Candidate[] = [];
	const orphans: Orphan[] = [];
	const evidence: StatusEvidence[] = [];
	const rejected: Rejection[] = [];
	// How the members a bulleted list names took part, while its bullets last.
	let list: Attendance | null = null;
	// The list's head was the sentence before.
	let opened = false;
	for (const span of splitSentences(text)) {
		if (span.start >= bodyEnd) break;
		if (!ownText(span.start)) continue;
		if (isCaption(text.slice(span.start, span.start + 40))) continue;
		const start = rawToNorm(norm.rawIndex, span.start);
		const end = rawToNorm(norm.rawIndex, span.end);
		const sentence: Sentence = {
			rawStart: span.start,
			rawEnd: span.end,
			start,
			end,
			entities: bucketBySpan(entities, start, end),
			dates: bucketBySpan(dates, start, end),
			cues: bucketBySpan(cues, start, end)
		};
		const reading = sentenceCandidates(ctx, sentence);
		const named = betweenParties(norm.text, sentence);
		if (named.length === 2) ctx.pair = named;
		ctx.lastOrg = lastOrgNamed(sentence) ?? ctx.lastOrg;
		candidates.push(...reading.candidates);
		rejected.push(...reading.rejected);
		// "حضر الاجتماع كل من:" then one line, "الرئيس الروسي … – الرئيس البيلاروسي …": the list run on.
		const run =
			list && opened && !isBullet(text, sentence)
				? dashedList(text, norm.text, sentence, list)
				: [];
		if (list && !isBullet(text, sentence)) list = null;
		opened = false;
		const listed = list && bulletMember(text, norm.text, sentence);
		for (const [member, how] of [
			...(list && listed ? [[listed, bulletAttendance(sentence, list)] as const] : []),
			...run
		])
			orphans.push({
				reading: {
					participation: new Map([[member, how]]),
					chair: null,
					byVideo: false,
					speakers: new Set(),
					host: false
				},
				source: { ...sourceOf(ctx, sentence), claims: {} },
				dated: false
			});
		// (A head about another body's meeting, "وشارك في قمة شنغهاي كل من:", opens no list.)
		const head = listHeadAttendance(text, norm.text, sentence);
		if (head && !reading.rejected.some((r) => r.type === 'summit')) {
			list = head;
			opened = true;
		}
		if (reading.orphanAttendance)
			orphans.push({
				reading: reading.orphanAttendance,
				source: { ...sourceOf(ctx, sentence), claims: {} },
				dated: sentence.dates.some((d) => d.date !== null && !d.today)
			});
		// "طلبت يريفان تفعيل المادة الرابعة، فعقد المجلس جلسة طارئة": an act told with a meeting
		// the sentence leaves undated is as undated as it, not of the article's day (an absence or
		// a refusal to sign, read for the meeting the article reports, keeps that meeting's day).
		const untold = reading.candidates.some(
			(c) =>
				c.type === 'summit' && c.date === null && c.dayMonth === null && !c.planned && !c.reference
		);
		for (const e of readStatusEvidence(ctx, sentence, notes))
			if (untold && e.byArticleDay && e.status !== 'absent' && !AT_MEETING.has(e.act))
				notes.push(
					`${e.country} ${e.why}, told with a happening the sentence does not date: "${e.source.quote.slice(0, 120)}"`
				);
			else evidence.push(e);
	}

	let consolidated = consolidateArticle(candidates, rejected, ctx.anchor);
	const datedLeaders = consolidated.some(
		(c) =>
			c.type === 'summit' &&
			c.subtype === 'leaders' &&
			(c.date?.length === 10 || c.dayMonth !== null)
	);
	for (const c of consolidated) {
		if (c.date !== null || c.dayMonth !== null || c.reference || c.how === 'before-main-summit')
			continue;
		if (c.type === 'summit') {
			// A leaders' summit the article reports with no date of its own, and no other it dates,
			// is on the article's own day ("قال بوتين أمام قمة…" under "اليوم الخميس").
			// On a live page, the day of the entry it is told in.
			const day = stampAt(stamps, rawToNorm(norm.rawIndex, c.at)) ?? ctx.newsDay;
			if (c.subtype === 'leaders' && !c.planned && !datedLeaders && day) {
				c.date = day;
				c.how = "reported as happening on the article's own day";
			} else if (c.subtype === 'ministerial' && ctx.anchor && !ctx.retrospective) {
				c.date = ctx.anchor.slice(0, 7);
				c.how = 'no date in the sentence; dated to the month of the article that reports it';
			}
			continue;
		}
		if (!ctx.anchor || ctx.retrospective) continue;
		c.date = ctx.anchor.slice(0, 7);
		c.how = 'no date in the sentence; dated to the month of the article that reports it';
	}
	// Now that the reported meeting has its day, what was said of it in passing joins it.
	consolidated = consolidateArticle(consolidated, rejected, ctx.anchor);
	// A meeting announced without a day, and not the one the article reports, is only a plan.
	consolidated = consolidated.filter((c) => {
		const day = c.date?.length === 10 || c.dayMonth !== null;
		if (c.type !== 'summit' || !c.planned || day) return true;
		rejected.push({
			type: c.type,
			reason: 'announced or planned without a day, not reported as held',
			quote: c.sources[0]!.quote
		});
		return false;
	});
	attachOrphans(consolidated, orphans);
	datedByMeeting(evidence, consolidated);
	return {
		published,
		publishedFrom,
		title: firstLine(text),
		candidates: consolidated,
		rejected,
		evidence,
		notes
	};
}
