/**
 * Finds cue words (cueLexicon.ts) in normalised text. Cues are grouped in families that may
 * overlap, "في القمة" is both attendance and a summit, so each family is one compiled regex
 * scanned once; within a family the longest cue wins.
 */
import { fold } from '../text/normalize';
import { CUES, type CueKind } from './cueLexicon';

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
	['strain', 'freeze', 'appeal', 'envoy-recalled'],
	['irrealis', 'planned', 'before', 'eve', 'past-reference', 'request'],
	[
		'cancelled',
		'refused',
		'negation',
		'decision',
		'offer',
		'reference',
		'phone',
		'other-event',
		'other-force',
		'csto-force',
		'hypothetical',
		'retrospective'
	]
];

// و/ف, then ب/ك/ل or لل, then the article: "وبالقمة", "للقمة", "والاشتباكات".
const PROCLITICS = '(?:[وف]?(?:لل|[بكل]?(?:ال)?))';
// Outside a character class, `u` regexes reject needless escapes such as \-.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Compiled {
	re: RegExp;
	kinds: Map<string, CueKind>;
}

function compile(kinds: CueKind[], accusative: boolean): Compiled {
	const map = new Map<string, CueKind>();
	for (const kind of kinds)
		for (const cue of CUES[kind]) {
			// A cue written with the article matches with or without it, like the bare stems.
			// Only the article is dropped: "ألغت" and "إلغاء" begin with a root alef, not "ال".
			const stem = cue.startsWith('ال') ? fold(cue).slice(2) : fold(cue);
			if (!map.has(stem)) map.set(stem, kind);
		}
	const alternatives = [...map.keys()].sort((a, b) => b.length - a.length).map(escape);
	// Sticky: tried only at word starts (see findCues), so no costly look-behind at every position.
	// An indefinite accusative adds an alef ("اجتماعا", "قصفا"): the same word.
	const re = new RegExp(
		`${PROCLITICS}(${alternatives.join('|')})(${accusative ? 'ا?' : ''})(?![\\p{L}\\p{N}])`,
		'uy'
	);
	return { re, kinds: map };
}

// Only the event nouns take the accusative alef here: on the verbs of the other families it
// reads "بالغتا" ("extremely", dual) as "ب + ألغتا" ("they cancelled").
const COMPILED = FAMILIES.map((kinds, i) => compile(kinds, i === 0));

/** "قد" before an imperfect verb is "may" (irrealis); before a perfect verb or "تم", "has". */
const MAY = /(?<![\p{L}\p{N}])[وف]?قد\s+(?=ي|ت(?!م\s))/gu;

/** Letters and digits: a word starts where one follows anything else. */
const WORDISH = /[\p{L}\p{N}]/u;
const IS_WORDISH = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) IS_WORDISH[c] = WORDISH.test(String.fromCharCode(c)) ? 1 : 0;

export function findCues(norm: string): CueHit[] {
	const hits: CueHit[] = [];
	const next = COMPILED.map(() => 0);
	for (let i = 0; i < norm.length; i++) {
		if (!IS_WORDISH[norm.charCodeAt(i)] || (i > 0 && IS_WORDISH[norm.charCodeAt(i - 1)])) continue;
		COMPILED.forEach(({ re, kinds }, f) => {
			// Within a family matches do not overlap: resume after the last one.
			if (i < next[f]!) return;
			re.lastIndex = i;
			const m = re.exec(norm);
			if (!m) return;
			const stem = m[1]!;
			const end = i + m[0].length;
			const stemEnd = end - m[2]!.length;
			hits.push({ kind: kinds.get(stem)!, start: stemEnd - stem.length, end });
			next[f] = end;
		});
	}
	MAY.lastIndex = 0;
	for (let m = MAY.exec(norm); m !== null; m = MAY.exec(norm))
		hits.push({ kind: 'irrealis', start: m.index, end: m.index + m[0].trimEnd().length });
	return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}
