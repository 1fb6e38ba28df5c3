/**
 * Finds cue words (cueLexicon.ts) in normalised text. Cues are grouped in families that may
 * overlap, "في القمة" is both attendance and a summit, so each family is one compiled regex
 * scanned once; within a family the longest cue wins, with every kind its stem is listed under
 * ("امتنع" is both a strain and an apology verb: a hit of each).
 */
import { fold } from '../text/normalize';
import { CUES, type CueKind } from './cueLexicon';
import { troopPatterns } from './troopPatterns';

export interface CueHit {
	kind: CueKind;
	start: number;
	end: number;
}

const FAMILIES: CueKind[][] = [
	[
		'summit',
		'extraordinary',
		'ministerial',
		'meeting',
		'clash',
		'unrest',
		'troops',
		'withdrawal',
		'exercise',
		'supply',
		'weapon'
	],
	['present', 'video', 'absent', 'chair', 'held', 'speech', 'occurred'],
	['strain', 'freeze', 'appeal', 'envoy-recalled', 'decline'],
	['irrealis', 'hope', 'planned', 'before', 'eve', 'past-reference', 'request', 'visit'],
	[
		'cancelled',
		'refused',
		'negation',
		'denial',
		'decision',
		'offer',
		'reference',
		'phone',
		'other-event',
		'other-force',
		'csto-force',
		'exercise-name',
		'hypothetical',
		'retrospective'
	]
];

const WAW = 0x648;
const FA = 0x641;
const BA = 0x628;
const KAF = 0x643;
const LAM = 0x644;
const ALEF = 0x627;

/**
 * Where a stem may start at word start i: after و/ف, then ب/ك/ل or لل, then the article
 * ("وبالقمة", "للقمة", "والاشتباكات"), each optional. Char compares, no allocation.
 */
function stemStarts(norm: string, i: number, out: number[]): number {
	let n = 0;
	const c0 = norm.charCodeAt(i);
	const last = c0 === WAW || c0 === FA ? i + 1 : i;
	for (let b = i; b <= last; b++) {
		out[n++] = b;
		const c = norm.charCodeAt(b);
		if (c === ALEF && norm.charCodeAt(b + 1) === LAM) out[n++] = b + 2;
		if (c === LAM && norm.charCodeAt(b + 1) === LAM) out[n++] = b + 2;
		if (c === BA || c === KAF || c === LAM) {
			out[n++] = b + 1;
			if (norm.charCodeAt(b + 1) === ALEF && norm.charCodeAt(b + 2) === LAM) out[n++] = b + 3;
		}
	}
	return n;
}

interface Cue {
	stem: string;
	/** Every kind of the family the stem is listed under, in the family's order. */
	kinds: CueKind[];
	family: number;
	/** A taa marbuta written as taa before a pronoun ("قمتهم" for "قمة"): only with that pronoun. */
	bound?: true;
}

/**
 * Every family's cues in one trie of their letters, compiled to a dense table (node × alphabet):
 * a word costs one walk per place its stem may start, one array read per letter, however many
 * cues share its first letters ("لم", "لا", "سو" begin dozens of verb forms each).
 */
interface Trie {
	/** Column of each char code in `table`, -1 for a char no stem holds (it ends every walk). */
	alpha: Int16Array;
	width: number;
	/** Child node of (node, column), 0 for none: nothing points back at the root. */
	table: Uint16Array;
	/** The cues whose stem ends at each node. */
	cues: (Cue[] | null)[];
}

function compile(families: CueKind[][]): Trie {
	const stems: Cue[] = [];
	families.forEach((kinds, family) => {
		const seen = new Map<string, Cue>();
		const add = (stem: string, kind: CueKind, bound?: true) => {
			const old = seen.get(stem);
			if (!old) {
				const cue: Cue = bound
					? { stem, kinds: [kind], family, bound }
					: { stem, kinds: [kind], family };
				seen.set(stem, cue);
				stems.push(cue);
			} else if (!old.kinds.includes(kind) && !old.bound === !bound) old.kinds.push(kind);
		};
		for (const kind of kinds)
			for (const cue of CUES[kind]) {
				// A cue written with the article matches with or without it, like the bare stems.
				// Only the article is dropped: "ألغت" and "إلغاء" begin with a root alef, not "ال".
				const stem = cue.startsWith('ال') ? fold(cue).slice(2) : fold(cue);
				if (stem.length < 2) continue;
				add(stem, kind);
				// "قمة" + "هم" is written "قمتهم": the noun's bound form, for the possessive suffixes.
				if (
					family <= POSSESSIVE_FAMILIES &&
					stem.endsWith(TAA_MARBUTA_FOLDED) &&
					!stem.includes(' ')
				)
					add(stem.slice(0, -1) + 'ت', kind, true);
			}
	});
	const alpha = new Int16Array(0x10000).fill(-1);
	let width = 0;
	for (const { stem } of stems)
		for (let i = 0; i < stem.length; i++)
			if (alpha[stem.charCodeAt(i)] === -1) alpha[stem.charCodeAt(i)] = width++;
	// Built with maps, then laid out in one table.
	const children: Map<number, number>[] = [new Map()];
	const cues: (Cue[] | null)[] = [null];
	for (const cue of stems) {
		let node = 0;
		for (let i = 0; i < cue.stem.length; i++) {
			const a = alpha[cue.stem.charCodeAt(i)]!;
			let child = children[node]!.get(a);
			if (child === undefined) {
				child = children.length;
				children.push(new Map());
				cues.push(null);
				children[node]!.set(a, child);
			}
			node = child;
		}
		(cues[node] ??= []).push(cue);
	}
	if (children.length > 0xffff) throw new Error('cue trie: too many nodes for a 16-bit table');
	const table = new Uint16Array(children.length * width);
	children.forEach((m, node) => m.forEach((child, a) => (table[node * width + a] = child)));
	return { alpha, width, table, cues };
}

/** The event nouns and the attendance words (the first two families) take possessive pronouns. */
const POSSESSIVE_FAMILIES = 1;
/** Normalisation folds ة to ه. */
const TAA_MARBUTA_FOLDED = fold('ة');
/** "قمتهم", "اجتماعها", "مشاركته": longest first. */
const PRONOUNS = ['هما', 'هم', 'هن', 'ها', 'نا', 'كم', 'ه'].map(fold);

/** The length of a possessive pronoun ending the word at `at`, or 0. */
function pronounAt(norm: string, at: number): number {
	for (const p of PRONOUNS)
		if (norm.startsWith(p, at) && !IS_WORDISH[norm.charCodeAt(at + p.length)]) return p.length;
	return 0;
}

const TRIE = compile(FAMILIES);
const { alpha: ALPHA, width: WIDTH, table: TABLE, cues: CUE_AT } = TRIE;

/**
 * The two-letter openings of Arabic stems, as bits: most words begin no stem at all, and this
 * turns them away before the trie is walked.
 */
const ARABIC = 0x600;
const HEADS = new Uint8Array(0x10000);
for (let c0 = ARABIC; c0 < ARABIC + 0x100; c0++)
	for (let c1 = ARABIC; c1 < ARABIC + 0x100; c1++) {
		const a0 = TRIE.alpha[c0]!;
		const a1 = TRIE.alpha[c1]!;
		const first = a0 < 0 ? 0 : TRIE.table[a0]!;
		if (first !== 0 && a1 >= 0 && TRIE.table[first * TRIE.width + a1] !== 0)
			HEADS[((c0 & 0xff) << 8) | (c1 & 0xff)] = 1;
	}
/** Could a stem begin at k? Only the trie can tell for a non-Arabic opening. */
function mayBegin(norm: string, k: number): boolean {
	const c0 = norm.charCodeAt(k);
	const c1 = norm.charCodeAt(k + 1);
	if (c0 >> 8 !== ARABIC >> 8 || c1 >> 8 !== ARABIC >> 8) return true;
	return HEADS[((c0 & 0xff) << 8) | (c1 & 0xff)] === 1;
}
/**
 * Only the event nouns (the first family) take the indefinite accusative alef ("اجتماعا",
 * "قصفا"); on the verbs of the others it reads "بالغتا" ("extremely") as "ب + ألغتا".
 */
const ACCUSATIVE = 0;

/** Letters and digits: a word starts where one follows anything else. */
const WORDISH = /[\p{L}\p{N}]/u;
const IS_WORDISH = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) IS_WORDISH[c] = WORDISH.test(String.fromCharCode(c)) ? 1 : 0;

/** The cues matched along one walk, longest stem last. */
const path: Cue[][] = [];

/** A family's longest match at a word: its stem's kinds and where it lies. */
interface Best {
	kinds: CueKind[];
	start: number;
	end: number;
}

/** Each family's longest cue at word start i (behind any proclitics), into `best`; any found? */
function matchAt(norm: string, starts: number[], count: number, best: (Best | null)[]): boolean {
	let found = false;
	for (let s = 0; s < count; s++) {
		const k = starts[s]!;
		if (!mayBegin(norm, k)) continue;
		let depth = 0;
		for (let node = 0, i = k; ; i++) {
			const here = CUE_AT[node];
			if (here) path[depth++] = here;
			const a = ALPHA[norm.charCodeAt(i)];
			// Past the text's end the char code is NaN: no column, the walk ends.
			if (a === undefined || a < 0) break;
			node = TABLE[node * WIDTH + a]!;
			if (node === 0) break;
		}
		// Longest stems first, as a list sorted by length would give them.
		while (depth > 0)
			for (const cue of path[--depth]!) {
				let end = k + cue.stem.length;
				if (
					cue.family === ACCUSATIVE &&
					norm.charCodeAt(end) === ALEF &&
					!IS_WORDISH[norm.charCodeAt(end + 1)]
				)
					end++;
				if (cue.family <= POSSESSIVE_FAMILIES && IS_WORDISH[norm.charCodeAt(end)])
					end += pronounAt(norm, end);
				else if (cue.bound) continue;
				if (IS_WORDISH[norm.charCodeAt(end)]) continue;
				const old = best[cue.family];
				if (!old || end > old.end || (end === old.end && k < old.start)) {
					best[cue.family] = { kinds: cue.kinds, start: k, end };
					found = true;
				}
			}
	}
	return found;
}

/** "قد" before an imperfect verb is "may" (irrealis); before a perfect verb or "تم", "has". */
const MAY = /(?<![\p{L}\p{N}])[وف]?قد\s+(?=ي|ت(?!م\s))/gu;

/**
 * "1 سبتمبر 2023: انطلاق \"الأخوة القتالية 2023\"", "اختتام «التفاعل-2022»": a timeline's
 * nominal entry names the exercise by its quoted name alone — an alliance exercise's name and
 * its year — after the noun of its start or end. The quoted name is the exercise's mention.
 */
const NAMED_EXERCISE =
	/(?<![\p{L}])[وف]?(?:انطلاق|اختتام|ختام|بدء|انتهاء)\s+(?:(?:مناورات|تدريبات)\s+)?[«"“]([^»"”\n]{0,40}(?:الاخوه|التفاعل|البحث)[^»"”\n]{0,20}(?:19|20)\d\d[^»"”\n]{0,10})[»"”]/gu;

const IN_ADDITION = /^اضافه\s+(?:الي|ل)/;

export function findCues(norm: string): CueHit[] {
	const hits: CueHit[] = [];
	const next = FAMILIES.map(() => 0);
	const starts: number[] = [];
	const best: (Best | null)[] = FAMILIES.map(() => null);
	const n = norm.length;
	for (let i = 0; i < n; i++) {
		if (!IS_WORDISH[norm.charCodeAt(i)]) continue;
		// A word starts here: look it up, then go on after it.
		if (matchAt(norm, starts, stemStarts(norm, i, starts), best))
			for (let f = 0; f < best.length; f++) {
				const hit = best[f];
				best[f] = null;
				// Within a family matches do not overlap: resume after the last one.
				if (!hit || i < next[f]!) continue;
				for (const kind of hit.kinds) hits.push({ kind, start: hit.start, end: hit.end });
				next[f] = hit.end;
			}
		while (i + 1 < n && IS_WORDISH[norm.charCodeAt(i + 1)]) i++;
	}
	MAY.lastIndex = 0;
	for (let m = MAY.exec(norm); m !== null; m = MAY.exec(norm))
		hits.push({ kind: 'irrealis', start: m.index, end: m.index + m[0].trimEnd().length });
	NAMED_EXERCISE.lastIndex = 0;
	for (let m = NAMED_EXERCISE.exec(norm); m !== null; m = NAMED_EXERCISE.exec(norm)) {
		const start = m.index + m[0].indexOf(m[1]!);
		if (
			!hits.some(
				(h) => h.kind === 'exercise' && h.start < start + m![1]!.length && h.end > m!.index
			)
		)
			hits.push({ kind: 'exercise', start, end: start + m[1]!.length });
	}
	// A cue of the same kind the lexicon already found inside the pattern's span needs no second hit.
	for (const hit of troopPatterns(norm))
		if (!hits.some((h) => h.kind === hit.kind && h.start >= hit.start && h.start < hit.end))
			hits.push(hit);
	// "إضافة إلى الرئيس الطاجيكي": the noun "in addition to", not "أضاف" with a pronoun.
	return hits
		.filter((h) => !(h.kind === 'speech' && IN_ADDITION.test(norm.slice(h.start, h.end + 8))))
		.sort((a, b) => a.start - b.start || a.end - b.end);
}
