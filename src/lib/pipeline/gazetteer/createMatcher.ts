import type { GazetteerEntry } from './gazetteerEntries';
import { indexEntries, targetKey } from './indexEntries';
import type { EntityMention, MentionTarget } from './types';

/**
 * Design note. All spellings are folded once, at construction, into one trie compiled to a dense
 * transition table (node × alphabet, typed array), so a scan costs one array read per character
 * tried and allocates only for the mentions it returns. The text is visited word by word, left to
 * right: at each word start the trie is walked from a handful of entry points, one per proclitic
 * reading the first letters allow (none; و ف ب ل ك; و/ف + ب ل ك; لل for ل + ال; و/ف + لل), and
 * the longest key that ends at a word end wins; on a tie the reading with the shorter proclitic
 * wins (so "بيلاروسيا" is not ب + "يلاروسيا"). After a match the scan resumes at its end, so
 * mentions never overlap; otherwise it skips to the next word. Each word start is thus walked at
 * most four times and each walk stops at the first character no key continues with, which keeps
 * the cost linear in the text and independent of the number of names. Word ends are strict: no
 * suffix is guessed, inflected forms (nisba, plural, dual) are listed in the data. A run of
 * spaces, tabs, hyphens or underscores inside the text matches the single space inside a
 * multi-word key; a line break does not, so a name is never glued across lines. Arabic and Latin
 * or digits are separate word classes, so "مينسك2023" still ends at the ك. Blockers are keys
 * whose match is consumed and dropped ("بروس", Bruce, is not ب + "روس").
 */

export interface Matcher {
	/** Names found in normalised text, by start offset; offsets index the text given. */
	findEntities(normText: string): EntityMention[];
	/** Number of distinct keys and trie nodes, for reports. */
	readonly keyCount: number;
	readonly nodeCount: number;
}

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
const SPACE = 0x20;
/** Longest run of gap characters (spaces, hyphens) accepted where a key has one space. */
const MAX_GAP = 3;

/** 1 = Arabic letter or mark, 2 = Latin letter or digit, 0 = anything else. */
const WORD_CLASS = new Uint8Array(0x10000);
for (let c = 0x0621; c <= 0x065f; c++) if (c !== 0x0640) WORD_CLASS[c] = 1;
for (let c = 0x066e; c <= 0x06d3; c++) WORD_CLASS[c] = 1;
for (let c = 0x06d5; c <= 0x06ed; c++) WORD_CLASS[c] = 1;
for (let c = 0x06fa; c <= 0x06ff; c++) WORD_CLASS[c] = 1;
for (let c = 0x0750; c <= 0x077f; c++) WORD_CLASS[c] = 1;
for (let c = 0x08a0; c <= 0x08ff; c++) WORD_CLASS[c] = 1;
WORD_CLASS[0x0670] = 1;
for (let c = 0x30; c <= 0x39; c++) WORD_CLASS[c] = 2;
for (let c = 0x41; c <= 0x5a; c++) WORD_CLASS[c] = 2;
for (let c = 0x61; c <= 0x7a; c++) WORD_CLASS[c] = 2;
for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) WORD_CLASS[c] = 2;

const GAP = new Uint8Array(0x10000);
for (const c of [0x20, 0x09, 0x2d, 0x5f, 0xa0, 0x2010, 0x2011]) GAP[c] = 1;

const PROCLITIC = new Uint8Array(0x10000);
for (const c of [WAW, FA, BA, LAM, KAF]) PROCLITIC[c] = 1;

/**
 * Builds a matcher over the given spellings. Throws if two different entities claim one folded
 * spelling or a spelling folds to nothing: both are data errors the gazetteer tests report.
 */
export function createMatcher(entries: readonly GazetteerEntry[]): Matcher {
	const { keys, conflicts, empty } = indexEntries(entries);
	if (conflicts.length > 0 || empty.length > 0) {
		const lines = conflicts.map(
			(c) => `"${c.key}" (${c.variants.join(' / ')}) → ${c.targets.map(targetKey).join(' & ')}`
		);
		if (empty.length > 0) lines.push(`spellings that fold to nothing: ${empty.join(', ')}`);
		throw new Error(`gazetteer: ambiguous or empty spellings:\n${lines.join('\n')}`);
	}

	// Alphabet: only characters that occur in keys get a column; anything else ends a walk.
	const alpha = new Int16Array(0x10000).fill(-1);
	let width = 0;
	for (const key of keys.keys())
		for (let i = 0; i < key.length; i++) {
			const c = key.charCodeAt(i);
			if (alpha[c] === -1) alpha[c] = width++;
		}

	// Trie built with maps, then compiled into one dense table. Node 0 is the root; 0 as a
	// transition means "none", which is safe because nothing points back at the root.
	const children: Map<number, number>[] = [new Map()];
	const terminalOf: number[] = [0];
	/** Index + 1 into `targets`; BLOCK marks a blocker. */
	const targets: MentionTarget[] = [];
	const BLOCK = -1;
	for (const [key, target] of keys) {
		let node = 0;
		for (let i = 0; i < key.length; i++) {
			const a = alpha[key.charCodeAt(i)]!;
			let next = children[node]!.get(a);
			if (next === undefined) {
				next = children.length;
				children.push(new Map());
				terminalOf.push(0);
				children[node]!.set(a, next);
			}
			node = next;
		}
		if (target === null) terminalOf[node] = BLOCK;
		else {
			targets.push(target);
			terminalOf[node] = targets.length;
		}
	}
	const nodeCount = children.length;
	const table =
		nodeCount < 0xffff ? new Uint16Array(nodeCount * width) : new Uint32Array(nodeCount * width);
	children.forEach((m, node) => m.forEach((child, a) => (table[node * width + a] = child)));
	const terminal = Int32Array.from(terminalOf);
	const spaceCol = alpha[SPACE]!;

	// Entry point for "لل" (ل + ال): the node reached by "ال".
	let alNode = 0;
	{
		const a1 = alpha[0x0627]!;
		const a2 = alpha[LAM]!;
		const n1 = a1 >= 0 ? table[a1]! : 0;
		alNode = n1 && a2 >= 0 ? table[n1 * width + a2]! : 0;
	}

	const firstChar = new Uint8Array(0x10000);
	for (const key of keys.keys()) firstChar[key.charCodeAt(0)] = 1;

	// Result of the last walk, kept outside to avoid allocating per attempt.
	let walkEnd = -1;
	let walkTerm = 0;

	/** Longest key from `node` reading text from `p` that ends at a word end. */
	function walk(text: string, node: number, p: number): void {
		const n = text.length;
		walkEnd = -1;
		walkTerm = 0;
		while (p < n) {
			const c = text.charCodeAt(p);
			if (GAP[c] === 1) {
				if (spaceCol < 0) return;
				const next = table[node * width + spaceCol]!;
				if (next === 0) return;
				let q = p + 1;
				while (q < n && q - p < MAX_GAP && GAP[text.charCodeAt(q)] === 1) q++;
				if (q >= n || WORD_CLASS[text.charCodeAt(q)] === 0) return;
				node = next;
				p = q;
				continue;
			}
			const a = alpha[c]!;
			if (a < 0) return;
			const next = table[node * width + a]!;
			if (next === 0) return;
			node = next;
			p++;
			const t = terminal[node]!;
			if (t !== 0 && (p >= n || WORD_CLASS[text.charCodeAt(p)] !== WORD_CLASS[c])) {
				walkEnd = p;
				walkTerm = t;
			}
		}
	}

	// Best reading at the current word start.
	let bestEnd = -1;
	let bestTerm = 0;
	let bestStart = 0;

	/** Walks one proclitic reading; keeps it only if it ends strictly further (shorter proclitic wins ties). */
	function attempt(text: string, node: number, from: number, mentionStart: number): void {
		walk(text, node, from);
		if (walkEnd > bestEnd) {
			bestEnd = walkEnd;
			bestTerm = walkTerm;
			bestStart = mentionStart;
		}
	}

	function findEntities(text: string): EntityMention[] {
		const out: EntityMention[] = [];
		const n = text.length;
		let i = 0;
		while (i < n) {
			const c = text.charCodeAt(i);
			const cls = WORD_CLASS[c]!;
			if (cls === 0) {
				i++;
				continue;
			}
			// i is a word start: the scan only ever lands on one.
			bestEnd = -1;
			bestTerm = 0;
			bestStart = i;
			if (firstChar[c] === 1) attempt(text, 0, i, i);
			if (PROCLITIC[c] === 1 && i + 1 < n) {
				const c1 = text.charCodeAt(i + 1);
				// One letter: و ف ب ل ك.
				attempt(text, 0, i + 1, i + 1);
				// Two: و/ف + ب ل ك, or ل + ال written "لل".
				if ((c === WAW || c === FA) && (c1 === BA || c1 === LAM || c1 === KAF)) {
					attempt(text, 0, i + 2, i + 2);
				}
				if (alNode !== 0 && c === LAM && c1 === LAM) {
					attempt(text, alNode, i + 2, i + 1);
				}
				// Three: و/ف + "لل".
				if (
					alNode !== 0 &&
					(c === WAW || c === FA) &&
					c1 === LAM &&
					i + 2 < n &&
					text.charCodeAt(i + 2) === LAM
				) {
					attempt(text, alNode, i + 3, i + 2);
				}
			}
			if (bestEnd > 0) {
				if (bestTerm !== BLOCK)
					out.push({ start: bestStart, end: bestEnd, ...targets[bestTerm - 1]! });
				i = bestEnd;
				continue;
			}
			i++;
			while (i < n && WORD_CLASS[text.charCodeAt(i)] === cls) i++;
		}
		return out;
	}

	return { findEntities, keyCount: keys.size, nodeCount };
}
