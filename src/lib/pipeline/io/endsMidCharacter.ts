/**
 * Whether a file's last bytes are the start of a UTF-8 character whose remaining bytes have
 * not arrived: the sure sign of a save still being written (editors and sync tools write in
 * chunks that need not end on a character).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';

export function tailEndsMidCharacter(tail: Uint8Array): boolean {
	let back = 0;
	for (let i = tail.length - 1; i >= 0 && back < 4; i--, back++) {
		const b = tail[i]!;
		if (b < 0x80) return false;
		if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
		const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
		return back + 1 < length;
	}
	return false;
}

export function endsMidCharacter(file: string): boolean {
	try {
		const size = statSync(file).size;
		const fd = openSync(file, 'r');
		try {
			const tail = Buffer.alloc(Math.min(4, size));
			readSync(fd, tail, 0, tail.length, size - tail.length);
			return tailEndsMidCharacter(tail);
		} finally {
			closeSync(fd);
		}
	} catch {
		return false;
	}
}
