/**
 * What `\s` matches, as a table by char code: scans that ask it of every character or line of an
 * article need no regex and no slice.
 */
const SPACE = new Uint8Array(0x10000);
for (const c of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff')
	SPACE[c.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200a; c++) SPACE[c] = 1;

export function isWhiteSpace(code: number): boolean {
	return SPACE[code] === 1;
}
