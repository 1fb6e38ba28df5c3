/**
 * Articles that are copies of one another but for a few words (a re-post with one word changed,
 * a wire story with another byline). Compared by their sequences of four words (shingles):
 * MinHash signatures in bands find the candidate pairs without comparing every pair, and the
 * exact share of shingles decides. Linear in corpus size.
 */
export interface NearDuplicate {
	/** Index of the later article (in the order given). */
	index: number;
	/** Index of the earlier article it nearly copies. */
	of: number;
	/** Share of four-word sequences the two have in common (Jaccard), 0–1. */
	share: number;
}

const SHINGLE = 4;
const BANDS = 8;
const ROWS = 8;
/** One word changed in a 100-word article leaves ~92% in common; distinct stories from one template stay under ~82%. */
export const NEAR_DUPLICATE_SHARE = 0.88;

function fnv1a(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

function shingles(text: string): Set<number> {
	// Words hashed once each, then four in a row combined: no string is built per shingle.
	const words = text
		.split(/[\s.,،؛:;!?؟"'()«»[\]{}\-–—/]+/)
		.filter(Boolean)
		.map(fnv1a);
	const out = new Set<number>();
	for (let i = 0; i + SHINGLE <= words.length; i++) {
		let h = 0x811c9dc5;
		for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ words[i + k]!, 0x01000193) ^ (h >>> 15);
		out.add(h >>> 0);
	}
	return out;
}

// Fixed odd multipliers and offsets: the same corpus always gives the same signatures. Flat
// typed arrays: the signature loop runs for every shingle of every article.
const HASHES = BANDS * ROWS;
const MUL = Uint32Array.from(
	{ length: HASHES },
	(_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0
);
const ADD = Uint32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

function signature(set: Set<number>): Uint32Array {
	const sig = new Uint32Array(HASHES).fill(0xffffffff);
	for (const x of set)
		for (let k = 0; k < HASHES; k++) {
			const h = (Math.imul(x, MUL[k]!) + ADD[k]!) >>> 0;
			if (h < sig[k]!) sig[k] = h;
		}
	return sig;
}

function jaccard(a: Set<number>, b: Set<number>): number {
	let common = 0;
	for (const x of a) if (b.has(x)) common++;
	return common / (a.size + b.size - common);
}

export function findNearDuplicates(texts: readonly string[]): NearDuplicate[] {
	const sets = texts.map(shingles);
	const sigs: Uint32Array[] = [];
	const buckets = new Map<string, number[]>();
	const found = new Map<number, NearDuplicate>();
	sets.forEach((set, index) => {
		// Too short to judge: a few words in common say nothing.
		if (set.size < 8) return;
		const sig = signature(set);
		sigs[index] = sig;
		const candidates = new Set<number>();
		for (let band = 0; band < BANDS; band++) {
			const key = `${band}:${sig.subarray(band * ROWS, (band + 1) * ROWS).join(',')}`;
			const list = buckets.get(key);
			if (list) for (const j of list) candidates.add(j);
			else buckets.set(key, [index]);
			if (list) list.push(index);
		}
		let best: NearDuplicate | undefined;
		for (const of of [...candidates].sort((x, y) => x - y)) {
			// The signatures estimate the share; only a likely pair is counted exactly. Texts from one
			// template share bands with hundreds of others, and exact counts for all would be quadratic.
			const other = sigs[of]!;
			// Stop counting once too many positions disagree for the pair to be likely.
			const allowed = sig.length * 0.4;
			let disagree = 0;
			for (let k = 0; k < sig.length && disagree <= allowed; k++)
				if (sig[k] !== other[k]) disagree++;
			if (disagree > allowed) continue;
			const share = jaccard(set, sets[of]!);
			if (share >= NEAR_DUPLICATE_SHARE && (!best || share > best.share))
				best = { index, of, share };
		}
		if (best) found.set(index, best);
	});
	return [...found.values()];
}
