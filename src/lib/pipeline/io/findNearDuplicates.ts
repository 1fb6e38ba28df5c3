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
const BINS = BANDS * ROWS;
/** One word changed in a 100-word article leaves ~92% in common; distinct stories from one template stay under ~82%. */
export const NEAR_DUPLICATE_SHARE = 0.88;

/** What separates words: white space and the punctuation of Arabic and Latin text. */
const SEPARATOR = new Uint8Array(0x3001);
for (const c of ' \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000.,،؛:;!?؟"\'()«»[]{}-–—/')
	SEPARATOR[c.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200a; c++) SEPARATOR[c] = 1;
const isSeparator = (c: number) => (c < 0x3001 ? SEPARATOR[c] === 1 : c === 0xfeff);

/** Word hashes of the article being read, reused: one buffer, not an array per article. */
let words = new Uint32Array(4096);

/**
 * The article's shingle hashes, in text order (repeats kept). Words are hashed as they are
 * scanned (FNV-1a) and four in a row combined: no string is built per word or per shingle.
 */
function shingles(text: string): Uint32Array {
	let count = 0;
	let h = 0x811c9dc5;
	let inWord = false;
	for (let i = 0; i <= text.length; i++) {
		const c = i < text.length ? text.charCodeAt(i) : 32;
		if (isSeparator(c)) {
			if (inWord) {
				if (count === words.length) {
					const grown = new Uint32Array(words.length * 2);
					grown.set(words);
					words = grown;
				}
				words[count++] = h >>> 0;
			}
			h = 0x811c9dc5;
			inWord = false;
		} else {
			h = Math.imul(h ^ c, 0x01000193);
			inWord = true;
		}
	}
	const n = Math.max(0, count - SHINGLE + 1);
	const out = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		let s = 0x811c9dc5;
		for (let k = 0; k < SHINGLE; k++) s = Math.imul(s ^ words[i + k]!, 0x01000193) ^ (s >>> 15);
		out[i] = s >>> 0;
	}
	return out;
}

/** Sorted and distinct: what the exact count of common shingles needs. */
function distinctSorted(list: Uint32Array): Uint32Array {
	const out = list.slice().sort();
	let size = 0;
	for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[size++] = out[i]!;
	return out.subarray(0, size);
}

/** Whether the list holds at least `min` different values; stops as soon as it does. */
function hasDistinct(list: Uint32Array, min: number): boolean {
	if (list.length < min) return false;
	const seen: number[] = [];
	for (let i = 0; i < list.length && seen.length < min; i++)
		if (!seen.includes(list[i]!)) seen.push(list[i]!);
	return seen.length >= min;
}

/** A 32-bit mixer (MurmurHash3's finaliser): spreads similar shingle hashes over all bits. */
function mix(x: number): number {
	x ^= x >>> 16;
	x = Math.imul(x, 0x85ebca6b);
	x ^= x >>> 13;
	x = Math.imul(x, 0xc2b2ae35);
	return (x ^ (x >>> 16)) >>> 0;
}

const EMPTY = 0xffffffff;

/**
 * One-permutation MinHash: each shingle is hashed once and kept in one of 64 bins if it is the
 * bin's least, so a signature costs one hash per shingle, not 64 (Li, Owen and Zhang 2012; empty
 * bins filled by Shrivastava's 2017 optimal densification).
 */
function signature(set: Uint32Array): Uint32Array {
	// Repeats change no bin's least value: the list need not be distinct.
	const sig = new Uint32Array(BINS).fill(EMPTY);
	for (let i = 0; i < set.length; i++) {
		const h = mix(set[i]!);
		const bin = h & (BINS - 1);
		const v = h >>> 6;
		if (v < sig[bin]!) sig[bin] = v;
	}
	// An empty bin borrows the value of a filled bin picked by a probe sequence of its own (the
	// same in every article), so two articles agree on it about as often as on a filled one.
	const filled = sig.slice();
	for (let b = 0; b < BINS; b++) {
		if (filled[b] !== EMPTY) continue;
		for (let attempt = 1; ; attempt++) {
			const v = filled[mix(b * 0x9e3779b1 + attempt) & (BINS - 1)]!;
			if (v !== EMPTY) {
				sig[b] = v;
				break;
			}
		}
	}
	return sig;
}

/** Exact share of common shingles of two sorted, distinct hash lists. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
	let common = 0;
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const x = a[i]!;
		const y = b[j]!;
		if (x === y) {
			common++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}
	return common / (a.length + b.length - common);
}

/**
 * A band's eight values as one 32-bit key, signed so that the engine keeps it a small integer
 * (a key past 2³¹ is a heap number, slower to hash). Each band has its own buckets.
 */
function bandKey(sig: Uint32Array, band: number): number {
	let h = Math.imul(0x811c9dc5 ^ band, 0x01000193);
	for (let k = band * ROWS; k < (band + 1) * ROWS; k++) h = Math.imul(h ^ sig[k]!, 0x01000193);
	return h | 0;
}

/**
 * Whether two signatures agree on enough bins for their articles to be near copies: a pair
 * sharing 88% disagrees on more than a quarter of the 64 bins about once in a thousand. Stops
 * comparing once too many disagree.
 */
function mayBeNear(sigs: Uint32Array, a: number, b: number): boolean {
	let disagree = 0;
	for (let k = 0; k < BINS; k++)
		if (sigs[a + k] !== sigs[b + k] && ++disagree > ALLOWED) return false;
	return true;
}
const ALLOWED = BINS / 4;

/**
 * An article's MinHash signature, or null when it is too short to judge (a few words in common
 * say nothing). A pure function of the text: a build may keep it with the article's digest.
 */
export function nearDuplicateSignature(text: string): Uint32Array | null {
	const list = shingles(text);
	return hasDistinct(list, 8) ? signature(list) : null;
}

/**
 * `signatures`, when given, are each text's nearDuplicateSignature (kept from an earlier build):
 * the texts are then read again only for the few likely pairs counted exactly.
 */
export function findNearDuplicates(
	texts: readonly string[],
	signatures: readonly (Uint32Array | null)[] = texts.map(nearDuplicateSignature)
): NearDuplicate[] {
	// Sorted only for the few pairs counted exactly.
	const sorted: (Uint32Array | undefined)[] = [];
	const setOf = (i: number) => (sorted[i] ??= distinctSorted(shingles(texts[i]!)));
	// Every signature in one array (article i's at i × BINS): the pair test reads one typed array.
	const sigs = new Uint32Array(texts.length * BINS);
	const buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
	const found: NearDuplicate[] = [];
	// The article each earlier one was last compared with: a stamp, not a Set cleared per article.
	const seenBy = new Int32Array(texts.length).fill(-1);
	signatures.forEach((sig, index) => {
		if (sig === null) return;
		sigs.set(sig, index * BINS);
		let best: NearDuplicate | undefined;
		for (let band = 0; band < BANDS; band++) {
			const key = bandKey(sig, band);
			const list = buckets[band]!.get(key);
			if (!list) {
				buckets[band]!.set(key, [index]);
				continue;
			}
			for (const of of list) {
				if (seenBy[of] === index) continue;
				seenBy[of] = index;
				// The signatures estimate the share; only a likely pair is counted exactly. Texts from
				// one template share bands with hundreds of others, and exact counts for all would be
				// quadratic.
				if (!mayBeNear(sigs, index * BINS, of * BINS)) continue;
				const share = jaccard(setOf(index), setOf(of));
				// The earliest of equally close articles is the one copied.
				if (
					share >= NEAR_DUPLICATE_SHARE &&
					(!best || share > best.share || (share === best.share && of < best.of))
				)
					best = { index, of, share };
			}
			list.push(index);
		}
		if (best) found.push(best);
	});
	return found;
}
