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
	['present', 'video', 'absent', 'chair', 'held', 'speech'],
	['strain', 'freeze', 'appeal', 'envoy-recalled'],
	['irrealis', 'planned', 'before', 'eve', 'past-reference']
];

// و/ف, then ب/ك/ل or لل, then the article: "وبالقمة", "للقمة", "والاشتباكات".
const PROCLITICS = '(?:[وف]?(?:لل|[بكل]?(?:ال)?))';
// Outside a character class, `u` regexes reject needless escapes such as \-.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Compiled {
	re: RegExp;
	kinds: Map<string, CueKind>;
}

function compile(kinds: CueKind[]): Compiled {
	const map = new Map<string, CueKind>();
	for (const kind of kinds)
		for (const cue of CUES[kind]) {
			// A cue written with the article matches with or without it, like the bare stems.
			const stem = fold(cue).replace(/^ال/, '');
			if (!map.has(stem)) map.set(stem, kind);
		}
	const alternatives = [...map.keys()].sort((a, b) => b.length - a.length).map(escape);
	const re = new RegExp(
		`(?<![\\p{L}\\p{N}])${PROCLITICS}(${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
		'gu'
	);
	return { re, kinds: map };
}

const COMPILED = FAMILIES.map(compile);

/** "قد" before an imperfect verb is "may" (irrealis); before a perfect verb or "تم", "has". */
const MAY = /(?<![\p{L}\p{N}])[وف]?قد\s+(?=ي|ت(?!م\s))/gu;

export function findCues(norm: string): CueHit[] {
	const hits: CueHit[] = [];
	for (const { re, kinds } of COMPILED) {
		re.lastIndex = 0;
		for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
			const stem = m[1]!;
			hits.push({
				kind: kinds.get(stem)!,
				start: m.index + m[0].length - stem.length,
				end: m.index + m[0].length
			});
		}
	}
	MAY.lastIndex = 0;
	for (let m = MAY.exec(norm); m !== null; m = MAY.exec(norm))
		hits.push({ kind: 'irrealis', start: m.index, end: m.index + m[0].trimEnd().length });
	return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}
