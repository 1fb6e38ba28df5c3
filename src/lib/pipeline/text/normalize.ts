/**
 * Arabic normalisation for matching, with a map back to the raw text so every match can cite the
 * exact characters it came from. Folds alef and ya forms, ta marbuta, Persian kaf and ya, drops
 * tatweel, diacritics and invisible marks, turns Arabic-Indic digits into ASCII, lower-cases Latin
 * and unpacks presentation forms. Raw text is never changed; only the copy used for matching is.
 */
export interface Normalized {
	/** The folded text. */
	text: string;
	/** `rawIndex[i]` is the index in the raw text of normalised character i; one extra entry holds the raw length. */
	rawIndex: Uint32Array;
}

const DROP = new Set<number>([
	0x0640, // tatweel
	0x00ad, // soft hyphen
	0x200b,
	0x200c,
	0x200d,
	0x200e,
	0x200f,
	0x202a,
	0x202b,
	0x202c,
	0x202d,
	0x202e,
	0x2066,
	0x2067,
	0x2068,
	0x2069,
	0xfeff,
	0x061c
]);

function isDiacritic(c: number): boolean {
	return (
		(c >= 0x064b && c <= 0x065f) ||
		c === 0x0670 ||
		(c >= 0x06d6 && c <= 0x06ed) ||
		(c >= 0x0610 && c <= 0x061a)
	);
}

const FOLD = new Map<number, string>([
	[0x0622, 'ا'], // آ
	[0x0623, 'ا'], // أ
	[0x0625, 'ا'], // إ
	[0x0671, 'ا'], // ٱ
	[0x0672, 'ا'],
	[0x0673, 'ا'],
	[0x0649, 'ي'], // ى
	[0x06cc, 'ي'], // Persian ya
	[0x0626, 'ي'], // ئ
	[0x0624, 'و'], // ؤ
	[0x0629, 'ه'], // ة
	[0x06a9, 'ك'], // Persian kaf
	[0x06af, 'ك'], // gaf, used for g in some spellings
	[0x00a0, ' '],
	[0x2009, ' '],
	[0x202f, ' '],
	[0x2002, ' '],
	[0x2003, ' '],
	[0x2013, '-'],
	[0x2014, '-'],
	[0x2212, '-'],
	[0x066b, '.'], // Arabic decimal separator
	[0x066c, ','], // Arabic thousands separator
	[0x201c, '"'],
	[0x201d, '"'],
	[0x00ab, '"'],
	[0x00bb, '"']
]);

function foldChar(c: number): string | null {
	if (DROP.has(c) || isDiacritic(c)) return null;
	if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
	if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
	if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
	const f = FOLD.get(c);
	if (f !== undefined) return f;
	// Presentation forms: let Unicode unpack them, then fold what they became.
	if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
		const unpacked = String.fromCharCode(c).normalize('NFKC');
		if (unpacked === String.fromCharCode(c)) return unpacked;
		let out = '';
		for (const ch of unpacked) out += foldChar(ch.charCodeAt(0)) ?? '';
		return out;
	}
	return String.fromCharCode(c);
}

// Most characters fold to themselves; a table over the BMP avoids a function call per character.
const TABLE: (string | null)[] = [];
for (let c = 0; c < 0x10000; c++) TABLE.push(foldChar(c));

/** One UTF-16 unit per character that folds to exactly one: 0 drops it, MULTI goes through TABLE. */
const MULTI = 0xffff;
const SINGLE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
	const f = TABLE[c];
	SINGLE[c] =
		f === null || f === undefined || f.length === 0 ? 0 : f.length === 1 ? f.charCodeAt(0) : MULTI;
}
const utf16 = new TextDecoder('utf-16le');

/**
 * Work buffers, reused from article to article (the result is copied out of them): a pair of
 * fresh arrays per article was most of what the collector had to clear after normalising. A text
 * longer than SCRATCH_MAX gets arrays of its own, so one huge file does not pin its size here.
 */
const SCRATCH_MAX = 1 << 20;
let scratchOut = new Uint16Array(1 << 12);
let scratchIndex = new Uint32Array((1 << 12) + 1);

export function normalize(raw: string): Normalized {
	// One unit per character at most, but for presentation forms: "ﷺ" unpacks to 18 letters and
	// spaces, so the buffers grow when one comes, to hold it and one unit per character after it.
	if (raw.length <= SCRATCH_MAX && scratchOut.length < raw.length) {
		const size = Math.min(raw.length * 2, SCRATCH_MAX);
		scratchOut = new Uint16Array(size);
		scratchIndex = new Uint32Array(size + 1);
	}
	let out = raw.length <= SCRATCH_MAX ? scratchOut : new Uint16Array(raw.length);
	let index = raw.length <= SCRATCH_MAX ? scratchIndex : new Uint32Array(raw.length + 1);
	let n = 0;
	for (let i = 0; i < raw.length; i++) {
		const code = SINGLE[raw.charCodeAt(i)]!;
		if (code === 0) continue;
		if (code !== MULTI) {
			out[n] = code;
			index[n++] = i;
			continue;
		}
		const folded = TABLE[raw.charCodeAt(i)]!;
		const needed = n + folded.length + (raw.length - i - 1);
		if (needed > out.length) {
			const size = needed * 2;
			const grownOut = new Uint16Array(size);
			grownOut.set(out.subarray(0, n));
			const grownIndex = new Uint32Array(size + 1);
			grownIndex.set(index.subarray(0, n));
			[out, index] = [grownOut, grownIndex];
		}
		for (let k = 0; k < folded.length; k++) {
			out[n] = folded.charCodeAt(k);
			index[n++] = i;
		}
	}
	index[n] = raw.length;
	// Decoding the units in one call is far cheaper than joining a string per character.
	const text = utf16.decode(new Uint8Array(out.buffer, 0, n * 2));
	return { text, rawIndex: index.slice(0, n + 1) };
}

/** Units of the string being folded, reused: fold is asked of every quote and name. */
let units = new Uint16Array(256);

/** Folds a string (a gazetteer name, a cue, a quote) the same way, without keeping offsets. */
export function fold(s: string): string {
	if (s.length > units.length) units = new Uint16Array(s.length);
	let n = 0;
	let changed = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		const f = SINGLE[c]!;
		if (f === c) {
			units[n++] = c;
			continue;
		}
		// A presentation form that unpacks to several letters: the general way.
		if (f === MULTI) return foldParts(s);
		changed = true;
		if (f !== 0) units[n++] = f;
	}
	if (!changed) return s;
	let out = '';
	for (let i = 0; i < n; i += 8192)
		out += String.fromCharCode(...units.subarray(i, Math.min(n, i + 8192)));
	return out;
}

function foldParts(s: string): string {
	const parts: string[] = [];
	for (let i = 0; i < s.length; i++) {
		const f = TABLE[s.charCodeAt(i)];
		if (f) parts.push(f);
	}
	return parts.join('');
}

/** The raw span [start, end) that normalised span [start, end) came from. */
export function toRawSpan(
	norm: Normalized,
	start: number,
	end: number
): { start: number; end: number } {
	const rawStart = norm.rawIndex[start] ?? 0;
	const last = norm.rawIndex[Math.max(start, end - 1)] ?? rawStart;
	// End just after the last kept character, so dropped marks after it stay outside the quote.
	return { start: rawStart, end: end > start ? last + 1 : rawStart };
}
