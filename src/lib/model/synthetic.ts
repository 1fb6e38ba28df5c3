/**
 * A deterministic synthetic event set for tests, benchmarks and development before the build step
 * lands: realistic enough to exercise every branch of the UI (three types, day/month/year
 * precision, spans, same-day bursts, null places, participation, Armenia's status drift) and
 * cheap enough to make 100,000 events in a fraction of a second.
 */
import type {
	Article,
	AtlasEvent,
	Attendance,
	Bilingual,
	Country,
	EventSet,
	EventType,
	Place,
	Source,
	StatusAct,
	StatusPeriod,
	StatusSource
} from './schema';
import { EVENT_SET_VERSION } from './schema';
import { MEMBERS } from './members';
import { seededRandom as prng } from './seededRandom';

const COUNTRIES: Record<string, Country> = {
	ARM: { name: { en: 'Armenia', ar: 'أرمينيا' }, member: true },
	BLR: { name: { en: 'Belarus', ar: 'بيلاروس' }, member: true },
	KAZ: { name: { en: 'Kazakhstan', ar: 'كازاخستان' }, member: true },
	KGZ: { name: { en: 'Kyrgyzstan', ar: 'قيرغيزستان' }, member: true },
	RUS: { name: { en: 'Russia', ar: 'روسيا' }, member: true },
	TJK: { name: { en: 'Tajikistan', ar: 'طاجيكستان' }, member: true },
	AZE: { name: { en: 'Azerbaijan', ar: 'أذربيجان' }, member: false },
	GEO: { name: { en: 'Georgia', ar: 'جورجيا' }, member: false },
	UZB: { name: { en: 'Uzbekistan', ar: 'أوزبكستان' }, member: false },
	AFG: { name: { en: 'Afghanistan', ar: 'أفغانستان' }, member: false },
	TKM: { name: { en: 'Turkmenistan', ar: 'تركمانستان' }, member: false }
};

interface PlaceSeed extends Place {
	slug: string;
}

const place = (slug: string, en: string, ar: string, country: string, lon: number, lat: number) =>
	({ slug, name: { en, ar }, country, lon, lat }) satisfies PlaceSeed;

const CAPITALS: PlaceSeed[] = [
	place('yerevan', 'Yerevan', 'يريفان', 'ARM', 44.51, 40.18),
	place('minsk', 'Minsk', 'مينسك', 'BLR', 27.56, 53.9),
	place('astana', 'Astana', 'أستانا', 'KAZ', 71.43, 51.13),
	place('bishkek', 'Bishkek', 'بيشكيك', 'KGZ', 74.59, 42.87),
	place('moscow', 'Moscow', 'موسكو', 'RUS', 37.62, 55.76),
	place('dushanbe', 'Dushanbe', 'دوشنبه', 'TJK', 68.79, 38.56)
];

/** Border places of the two conflicts the period saw: Armenia–Azerbaijan and Kyrgyzstan–Tajikistan. */
const ARM_AZE: PlaceSeed[] = [
	place('jermuk', 'Jermuk', 'جيرموك', 'ARM', 45.67, 39.84),
	place('sotk', 'Sotk', 'سوتك', 'ARM', 45.93, 40.21),
	place('goris', 'Goris', 'غوريس', 'ARM', 46.34, 39.51),
	place('lachin', 'Lachin', 'لاتشين', 'AZE', 46.55, 39.64)
];
const KGZ_TJK: PlaceSeed[] = [
	place('batken', 'Batken', 'باتكين', 'KGZ', 70.82, 40.06),
	place('osh', 'Osh', 'أوش', 'KGZ', 72.8, 40.53),
	place('isfara', 'Isfara', 'إسفرة', 'TJK', 70.63, 40.13),
	place('vorukh', 'Vorukh', 'فوروخ', 'TJK', 70.58, 39.85)
];
const DEPLOYMENT_SITES: PlaceSeed[] = [
	place('almaty', 'Almaty', 'ألماتي', 'KAZ', 76.95, 43.24),
	place('gyumri', 'Gyumri', 'غيومري', 'ARM', 43.85, 40.79),
	place('brest', 'Brest', 'بريست', 'BLR', 23.69, 52.1),
	place('khorog', 'Khorog', 'خوروغ', 'TJK', 71.55, 37.49),
	place('kant', 'Kant', 'كانت', 'KGZ', 74.85, 42.89),
	place('orenburg', 'Orenburg', 'أورنبورغ', 'RUS', 55.1, 51.77),
	place('termez', 'Termez', 'ترمذ', 'UZB', 67.28, 37.22),
	place('tbilisi', 'Tbilisi', 'تبليسي', 'GEO', 44.79, 41.72)
];

const SUMMIT_KINDS: Array<(p: Bilingual) => Bilingual> = [
	(p) => ({ en: `CSTO summit in ${p.en}`, ar: `قمة منظمة معاهدة الأمن الجماعي في ${p.ar}` }),
	(p) => ({ en: `Foreign ministers meet in ${p.en}`, ar: `اجتماع وزراء الخارجية في ${p.ar}` }),
	(p) => ({ en: `Defence ministers meet in ${p.en}`, ar: `اجتماع وزراء الدفاع في ${p.ar}` })
];
const CLASH_KINDS: Array<(p: Bilingual) => Bilingual> = [
	(p) => ({ en: `Border clash near ${p.en}`, ar: `اشتباك حدودي قرب ${p.ar}` }),
	(p) => ({ en: `Shelling near ${p.en}`, ar: `قصف قرب ${p.ar}` })
];
const DEPLOYMENT_KINDS: Array<(p: Bilingual) => Bilingual> = [
	(p) => ({ en: `Peacekeepers deployed to ${p.en}`, ar: `نشر قوات حفظ السلام في ${p.ar}` }),
	(p) => ({ en: `Joint exercise at ${p.en}`, ar: `مناورات مشتركة في ${p.ar}` })
];
const UNPLACED: Record<EventType, Bilingual> = {
	summit: { en: 'CSTO consultations', ar: 'مشاورات منظمة معاهدة الأمن الجماعي' },
	clash: { en: 'Border incidents reported', ar: 'الإبلاغ عن حوادث حدودية' },
	deployment: { en: 'Rapid reaction force rotation', ar: 'تناوب قوات الرد السريع' }
};

/** The text every synthetic article is cut from, at an offset derived from its id. */
const CORPUS =
	'قال الأمين العام لمنظمة معاهدة الأمن الجماعي إن المنظمة تتابع الوضع على الحدود عن كثب. ' +
	'وأضاف أن وزراء الدفاع سيجتمعون لبحث إرسال قوات حفظ السلام. ' +
	'من جهتها أعلنت يريفان أنها لن تشارك في المناورات المقررة هذا العام. ' +
	'وأفادت وكالات الأنباء بوقوع اشتباكات متقطعة قرب القرى الحدودية خلال الليل. ' +
	'وأكد رئيس الوزراء أن بلاده تنتظر موقفا واضحا من الحلفاء. ' +
	'وفي موسكو عقد اجتماع لمجلس الأمن الجماعي بحضور رؤساء الدول الأعضاء. ';
const MAX_QUOTE = 120;
/** Enough repeats that any slice of up to MAX_QUOTE from an offset below CORPUS.length fits. */
const CORPUS2 = CORPUS + CORPUS.slice(0, MAX_QUOTE);

function hash(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

/** The full text of a synthetic article; every synthetic source's quote is a slice of it. */
export function syntheticArticleText(article: Pick<Article, 'id' | 'length'>): string {
	const offset = hash(article.id) % CORPUS.length;
	const parts: string[] = [];
	let remaining = article.length;
	let at = offset;
	while (remaining > 0) {
		const piece = CORPUS.slice(at, at + remaining);
		parts.push(piece);
		remaining -= piece.length;
		at = 0;
	}
	return parts.join('');
}

const WINDOW = { start: '2021-01-01', end: '2023-12-31' };
const DAY = 86_400_000;
const T0 = Date.UTC(2021, 0, 1);
const DAYS = Math.round((Date.UTC(2024, 0, 1) - T0) / DAY);

/** Every day of the window as "YYYY-MM-DD", computed once: formatting dates dominated the cost. */
const ISO_DAYS = Array.from({ length: DAYS }, (_, i) =>
	new Date(T0 + i * DAY).toISOString().slice(0, 10)
);
/** Day index of the first day of the month, and of the year, that each day falls in. */
const MONTH_START = ISO_DAYS.map((d) => ISO_DAYS.indexOf(`${d.slice(0, 7)}-01`));
const YEAR_START = ISO_DAYS.map((d) => ISO_DAYS.indexOf(`${d.slice(0, 4)}-01-01`));

/** Armenia's attendance at a summit on a day, following its status drift. */
function armeniaAttendance(day: string, r: number): Attendance {
	if (day < '2022-09-13') return r < 0.9 ? 'present' : 'video';
	if (day < '2023') return r < 0.6 ? 'present' : r < 0.8 ? 'video' : 'absent';
	return r < 0.9 ? 'absent' : 'video';
}

/*
 * Titles and places are shared between events rather than rebuilt for each: at 100,000 events
 * the allocations, not the arithmetic, set the cost. Consumers treat events as read-only.
 */
const titles = new Map<PlaceSeed, Map<(p: Bilingual) => Bilingual, Bilingual>>();
function titleOf(site: PlaceSeed, kind: (p: Bilingual) => Bilingual): Bilingual {
	let bySite = titles.get(site);
	if (!bySite) titles.set(site, (bySite = new Map()));
	let title = bySite.get(kind);
	if (!title) bySite.set(kind, (title = kind(site.name)));
	return title;
}
const places = new Map<PlaceSeed, Place>();
function placeOf(site: PlaceSeed): Place {
	let p = places.get(site);
	if (!p)
		places.set(
			site,
			(p = { name: site.name, country: site.country, lon: site.lon, lat: site.lat })
		);
	return p;
}

export function syntheticEventSet(n: number, seed: number): EventSet {
	if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
	const rand = prng(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

	// About four events per article, as wire reports often cover several incidents.
	const articleCount = Math.max(4, Math.ceil(n / 4));
	const articles: Article[] = new Array(articleCount);
	for (let k = 0; k < articleCount; k++) {
		const published = ISO_DAYS[Math.floor(rand() * DAYS)]!;
		articles[k] = {
			id: `syn-${seed}-${k}`,
			file: `syn-${seed}-${k}.txt`,
			title: `مقال تجريبي ${k}`,
			outlet: 'Synthetic Wire',
			url: null,
			published,
			publishedFrom: 'metadata',
			length: 400 + Math.floor(rand() * 4000)
		};
	}
	const corpusOffset = Uint32Array.from(articles, (a) => hash(a.id) % CORPUS.length);
	// Shared, read-only: a hundred thousand events allocate none of these per event.
	const NO_CLAIMS: Source['claims'] = {};
	const TYPE_ONLY: Source['claims'] = { type: true };
	const LEAD = [0];
	const source = (claims: Source['claims'] = NO_CLAIMS): Source => {
		const k = Math.floor(rand() * articleCount);
		const article = articles[k]!;
		const length = Math.min(article.length, 20 + Math.floor(rand() * (MAX_QUOTE - 20)));
		const start = Math.floor(rand() * (article.length - length + 1));
		// Same arithmetic as syntheticArticleText, without building the whole text.
		const from = corpusOffset[k]! + start;
		const quote = CORPUS2.slice(from % CORPUS.length, (from % CORPUS.length) + length);
		return { article: article.id, start, end: start + length, quote, claims };
	};
	const statusSource = (act: StatusAct): StatusSource => {
		const { article, start, end, quote } = source();
		return { act, article, start, end, quote };
	};

	// Bursts: a share of events lands on a few busy days (a summit day, a night of shelling).
	const burstDays = Array.from({ length: Math.max(1, Math.ceil(n / 25)) }, () =>
		Math.floor(rand() * DAYS)
	);

	const events: AtlasEvent[] = new Array(n);
	const keys = new Uint16Array(n);
	for (let i = 0; i < n; i++) {
		const u = rand();
		const type: EventType = u < 0.25 ? 'summit' : u < 0.65 ? 'clash' : 'deployment';
		const dayIndex = rand() < 0.35 ? pick(burstDays) : Math.floor(rand() * DAYS);
		const day = ISO_DAYS[dayIndex]!;
		const p = rand();
		const precision = p < 0.8 ? 'day' : p < 0.95 ? 'month' : 'year';
		const date =
			precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);

		let end: string | undefined;
		if (rand() < (type === 'deployment' ? 0.45 : 0.1)) {
			const endDay = ISO_DAYS[Math.min(dayIndex + 1 + Math.floor(rand() * 40), DAYS - 1)]!;
			// The end has the same precision as the start, and is later in string order too.
			const candidate =
				precision === 'day'
					? endDay
					: precision === 'month'
						? endDay.slice(0, 7)
						: endDay.slice(0, 4);
			if (candidate > date) end = candidate;
		}

		const site =
			rand() < 0.03
				? null
				: type === 'summit'
					? pick(CAPITALS)
					: type === 'clash'
						? pick(rand() < 0.55 ? ARM_AZE : KGZ_TJK)
						: pick(DEPLOYMENT_SITES);
		let countries: string[];
		let participation: Record<string, Attendance> | undefined;
		let cited: AtlasEvent['participationSources'];
		if (type === 'summit') {
			countries = [...MEMBERS];
			participation = {};
			cited = {};
			for (const c of MEMBERS) {
				const r = rand();
				const attendance: Attendance =
					c === 'ARM'
						? armeniaAttendance(day, r)
						: r < 0.85
							? 'present'
							: r < 0.97
								? 'video'
								: 'absent';
				participation[c] = attendance;
				cited[c] = LEAD;
			}
		} else if (type === 'clash') {
			countries = site && ARM_AZE.includes(site) ? ['ARM', 'AZE'] : ['KGZ', 'TJK'];
		} else {
			countries = site && site.country !== 'RUS' ? ['RUS', site.country] : ['RUS'];
		}

		const kinds =
			type === 'summit' ? SUMMIT_KINDS : type === 'clash' ? CLASH_KINDS : DEPLOYMENT_KINDS;
		const title = site ? titleOf(site, pick(kinds)) : UNPLACED[type];
		// The first sentence states the event and its attendance, as a lead sentence does.
		const sources: Source[] = [
			source(participation ? { type: true, attendance: participation } : TYPE_ONLY)
		];
		if (rand() < 0.3) sources.push(source());

		const event: AtlasEvent = {
			// The base-36 draw index keeps ids unique inside a burst of same-day, same-place events.
			id: `${date}-${type}-${site ? site.slug : 'unplaced'}-${i.toString(36)}`,
			type,
			date,
			title,
			place: site && placeOf(site),
			countries,
			sources
		};
		if (end !== undefined) event.end = end;
		if (participation) event.participation = participation;
		if (cited) event.participationSources = cited;
		events[i] = event;
		// Year and month dates sort at their first day, like dateSpan(date).start.
		keys[i] =
			precision === 'day'
				? dayIndex
				: precision === 'month'
					? MONTH_START[dayIndex]!
					: YEAR_START[dayIndex]!;
	}
	// Counting sort by start day: stable, and linear where a comparison sort cost a quarter second.
	const firstOfDay = new Uint32Array(DAYS + 1);
	for (let i = 0; i < n; i++) firstOfDay[keys[i]! + 1]!++;
	for (let d = 0; d < DAYS; d++) firstOfDay[d + 1]! += firstOfDay[d]!;
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) order[firstOfDay[keys[i]!]!++] = i;
	const sorted: AtlasEvent[] = new Array(n);
	for (let rank = 0; rank < n; rank++) {
		const i = order[rank]!;
		sorted[rank] = events[i]!;
	}

	const chairSource: StatusSource[] = [statusSource('chaired')];
	const ACTS: Record<StatusPeriod['status'], StatusAct> = {
		active: 'attended',
		strained: 'refused-to-sign',
		absent: 'absent-from-meeting',
		frozen: 'froze-participation'
	};
	const status = (
		from: string,
		to: string | undefined,
		s: StatusPeriod['status'],
		chair?: true
	): StatusPeriod => {
		const period: StatusPeriod = { from, status: s, sources: [statusSource(ACTS[s])] };
		if (to !== undefined) period.to = to;
		if (chair) {
			period.chair = true;
			period.sources = [...period.sources, ...chairSource];
		}
		return period;
	};
	const memberStatus: Record<string, StatusPeriod[]> = {
		ARM: [
			status('2021-01-01', '2021-12-31', 'active'),
			status('2022-01-01', '2022-09-12', 'active', true),
			status('2022-09-13', '2022-12-31', 'strained', true),
			status('2023-01-01', '2023-11-22', 'absent'),
			status('2023-11-23', undefined, 'frozen')
		]
	};

	return {
		version: EVENT_SET_VERSION,
		window: { ...WINDOW },
		countries: { ...COUNTRIES },
		articles,
		events: sorted,
		memberStatus
	};
}
