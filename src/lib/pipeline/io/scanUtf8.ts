/**
 * The evidence for "is this UTF-8?": how many well-formed multi-byte sequences a file holds and
 * the byte offsets of the ill-formed ones (by the same rules as the WHATWG decoder: overlong
 * forms, surrogates and code points past U+10FFFF are ill-formed).
 */
export interface Utf8Scan {
	/** Well-formed sequences of two to four bytes: Arabic text in UTF-8 is full of them. */
	multiByte: number;
	/** Byte offset of each ill-formed sequence's first byte. */
	bad: number[];
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
	const bad: number[] = [];
	let multiByte = 0;
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i++;
			continue;
		}
		let need = 0;
		let lo = 0x80;
		let hi = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) need = 1;
		else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			if (b === 0xe0) lo = 0xa0;
			if (b === 0xed) hi = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			if (b === 0xf0) lo = 0x90;
			if (b === 0xf4) hi = 0x8f;
		}
		if (need === 0) {
			bad.push(i++);
			continue;
		}
		let j = 1;
		for (; j <= need; j++) {
			const c = bytes[i + j];
			if (c === undefined || c < (j === 1 ? lo : 0x80) || c > (j === 1 ? hi : 0xbf)) break;
		}
		if (j > need) {
			multiByte++;
			i += need + 1;
		} else {
			// Like the decoder: the maximal valid prefix is one bad sequence; resume at the byte that broke it.
			bad.push(i);
			i += j;
		}
	}
	return { multiByte, bad };
}
