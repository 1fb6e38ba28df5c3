/**
 * UTF-16 without a byte order mark: Arabic and Latin text in UTF-16 has a high byte of 0x06 or
 * 0x00 in almost every code unit and a low byte that is rarely zero, a pattern UTF-8 and
 * Windows-1256 text never shows (0x06 and 0x00 are control bytes there).
 */
/** The first 8 KB are evidence enough, and keep the check cheap on large files. */
const SAMPLE = 8192;

export function looksLikeUtf16(whole: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (whole.length % 2 !== 0) return null;
	const bytes = whole.subarray(0, SAMPLE);
	const units = Math.floor(bytes.length / 2);
	if (units < 2) return null;
	let highEven = 0;
	let highOdd = 0;
	let zeroEven = 0;
	let zeroOdd = 0;
	// Once more than a tenth of the units have neither high byte, neither test can pass: UTF-8
	// Arabic gets there within its first few dozen bytes, so the scan stops early.
	const most = 0.1 * units;
	for (let i = 0, seen = 0; i + 1 < bytes.length; i += 2) {
		const a = bytes[i]!;
		const b = bytes[i + 1]!;
		if (a === 0x00 || a === 0x06) highEven++;
		if (b === 0x00 || b === 0x06) highOdd++;
		if (a === 0) zeroEven++;
		if (b === 0) zeroOdd++;
		seen++;
		if (seen - highEven > most && seen - highOdd > most) return null;
	}
	if (highOdd >= 0.9 * units && zeroEven <= 0.1 * units) return 'utf-16le';
	if (highEven >= 0.9 * units && zeroOdd <= 0.1 * units) return 'utf-16be';
	return null;
}
