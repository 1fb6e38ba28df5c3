/**
 * A seeded synthetic corpus for the build step's benchmark and ground-truth tests: articles built
 * from varied sentence templates, spellings (باشينيان/باشينيا, قرغيزستان/قيرغيزستان…), date forms
 * (Egyptian, Levantine, both, Arabic-Indic digits, English and glued datelines, "اليوم الخميس")
 * and page noise ("اقرأ أيضا" teasers). Each article carries the truth of its lead event.
 */
import { seededRandom as rng } from '../src/lib/model/seededRandom';
export interface SyntheticArticle {
	file: string;
	text: string;
	published: string | null;
	truth: {
		type: 'summit' | 'clash' | 'deployment';
		date: string;
		place: string | null;
		absent: string[];
	};
}

// Written out here rather than taken from the date grammar's own tables: the ground-truth test
// must not share its data with the code it checks.
const EGYPTIAN = [
	'يناير',
	'فبراير',
	'مارس',
	'أبريل',
	'مايو',
	'يونيو',
	'يوليو',
	'أغسطس',
	'سبتمبر',
	'أكتوبر',
	'نوفمبر',
	'ديسمبر'
];
const LEVANTINE = [
	'كانون الثاني',
	'شباط',
	'آذار',
	'نيسان',
	'أيار',
	'حزيران',
	'تموز',
	'آب',
	'أيلول',
	'تشرين الأول',
	'تشرين الثاني',
	'كانون الأول'
];
const ENGLISH = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

const PLACES = [
	{ id: 'minsk', ar: ['مينسك'], host: ['بيلاروسيا', 'بيلاروس'] },
	{ id: 'dushanbe', ar: ['دوشنبه', 'دوشانبي'], host: ['طاجيكستان'] },
	{ id: 'yerevan', ar: ['يريفان', 'يرفان'], host: ['أرمينيا'] },
	{ id: 'moscow', ar: ['موسكو'], host: ['روسيا'] },
	{ id: 'bishkek', ar: ['بيشكيك'], host: ['قرغيزستان', 'قيرغيزستان', 'قرجيزستان'] },
	{ id: 'almaty', ar: ['ألماتي', 'الماتا'], host: ['كازاخستان'] }
];

const LEADERS: Record<string, string[]> = {
	RUS: ['الرئيس الروسي فلاديمير بوتين', 'الرئيس الروسي فلاديمير بوتن', 'الرئيس بوتين'],
	BLR: ['الرئيس البيلاروسي ألكسندر لوكاشينكو', 'رئيس بيلاروسيا ألكسندر لوكاشينكا'],
	KAZ: ['الرئيس الكازاخستاني قاسم جومارت توكاييف', 'رئيس كازاخستان قاسم جومارت توكاييف'],
	KGZ: [
		'الرئيس القرغيزي صادر جاباروف',
		'رئيس قيرغيزستان صدر جباروف',
		'الرئيس القيرجيزي صادر جاباروف'
	],
	TJK: ['الرئيس الطاجيكي إمام علي رحمون', 'رئيس طاجيكستان إيمومالي رحمان'],
	ARM: ['رئيس الوزراء الأرميني نيكول باشينيان', 'رئيس الوزراء الأرمني نيكول باشينيا']
};

const FILLER = [
	'وأكد المشاركون أهمية تعزيز التعاون في مجال مكافحة الإرهاب والتطرف وتهريب المخدرات.',
	'وناقش الجانبان القضايا الإقليمية والدولية ذات الاهتمام المشترك، بحسب بيان صادر عن الكرملين.',
	'ولفت المتحدث إلى أن الوضع في منطقة آسيا الوسطى لا يزال يتطلب اهتماما خاصا من جميع الأطراف.',
	'وتضم المنظمة ست دول من الاتحاد السوفيتي السابق، وتأسست معاهدتها عام 1992.',
	'وشدد البيان الختامي على ضرورة حل النزاعات بالوسائل السياسية والدبلوماسية.',
	'من جهته، قال المحلل السياسي إن التحالف يواجه تحديات غير مسبوقة منذ سنوات.'
];

const TEASERS = [
	'اقرأ أيضا:',
	'السيسي وبوتين يبحثان تكثيف الجهود الدولية لوقف إطلاق النار في غزة',
	'روسيا ستحتفظ بالمركز الأول عالميا في صادرات القمح',
	'اشتباكات عنيفة في السودان بين الجيش وقوات الدعم السريع'
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const indic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

function isoDate(y: number, m: number, d: number): string {
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date written in one of the forms Arabic outlets use. */
function writeDate(r: () => number, y: number, m: number, d: number): string {
	const form = Math.floor(r() * 5);
	const digits = r() < 0.25 ? indic : (s: string) => s;
	switch (form) {
		case 0:
			return digits(`${d} ${EGYPTIAN[m - 1]} ${y}`);
		case 1:
			return digits(`${d} ${LEVANTINE[m - 1]} ${y}`);
		case 2:
			return digits(`${d} ${EGYPTIAN[m - 1]}/${LEVANTINE[m - 1]} ${y}`);
		case 3:
			return digits(`${d} ${EGYPTIAN[m - 1]} (${LEVANTINE[m - 1]}) ${y}`);
		default:
			return digits(`${d} ${LEVANTINE[m - 1]}/${EGYPTIAN[m - 1]} ${y}`);
	}
}

function dateline(r: () => number, y: number, m: number, d: number): string {
	switch (Math.floor(r() * 4)) {
		case 0:
			return `تاريخ النشر: ${d}th, ${ENGLISH[m - 1]} ${y} GMT`;
		case 1:
			return `${String(Math.floor(r() * 24)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')} GMT${d} ${EGYPTIAN[m - 1]}/ ${LEVANTINE[m - 1]} ${y}`;
		case 2:
			return `أخبار العالم${d}-${m}-${y}`;
		default:
			return `نشر في ${writeDate(r, y, m, d)}`;
	}
}

export function syntheticArticle(i: number, seed: number): SyntheticArticle {
	const r = rng(seed * 100_003 + i);
	const y = 2021 + Math.floor(r() * 3);
	const m = 1 + Math.floor(r() * 12);
	const d = 1 + Math.floor(r() * 28);
	const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
	const date = isoDate(y, m, d);
	const place = pick(r, PLACES);
	const kind = r();
	const lines: string[] = [];
	let truth: SyntheticArticle['truth'];
	const withDateline = r() < 0.6;
	if (withDateline) lines.push(dateline(r, y, m, d));
	if (kind < 0.55) {
		const members = Object.keys(LEADERS);
		const absent = members.filter(() => r() < 0.15);
		const present = members.filter((c) => !absent.includes(c));
		const opening =
			r() < 0.5 ? `اليوم ${weekday} ${writeDate(r, y, m, d)}` : `في ${writeDate(r, y, m, d)}`;
		lines.push(
			`انطلقت ${opening} في ${pick(r, place.ar)} قمة منظمة معاهدة الأمن الجماعي بمشاركة قادة الدول الأعضاء.`
		);
		lines.push(`وشارك في القمة ${present.map((c) => pick(r, LEADERS[c]!)).join('، و')}.`);
		for (const c of absent) lines.push(`في المقابل، لم يحضر ${pick(r, LEADERS[c]!)} القمة.`);
		truth = { type: 'summit', date, place: place.id, absent };
	} else if (kind < 0.8) {
		lines.push(
			`اندلعت في ${writeDate(r, y, m, d)} اشتباكات مسلحة على الحدود بين أرمينيا وأذربيجان، وأسفرت عن سقوط قتلى من الجانبين.`
		);
		lines.push(`وطالبت يريفان منظمة معاهدة الأمن الجماعي بالتدخل.`);
		truth = { type: 'clash', date, place: null, absent: [] };
	} else {
		const host = pick(r, place.host);
		lines.push(
			`بدأت في ${writeDate(r, y, m, d)} مناورات عسكرية مشتركة لقوات منظمة معاهدة الأمن الجماعي في ${host}.`
		);
		truth = { type: 'deployment', date, place: null, absent: [] };
	}
	const fillers = 3 + Math.floor(r() * 10);
	for (let k = 0; k < fillers; k++) lines.push(pick(r, FILLER));
	if (r() < 0.7) lines.push(...TEASERS);
	return {
		file: `syn_${String(i).padStart(6, '0')}.txt`,
		text: lines.join('\n') + '\n',
		published: withDateline ? date : null,
		truth
	};
}

export function syntheticCorpus(n: number, seed: number): SyntheticArticle[] {
	return Array.from({ length: n }, (_, i) => syntheticArticle(i, seed));
}
