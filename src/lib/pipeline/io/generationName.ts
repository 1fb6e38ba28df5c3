/**
 * A generation is named by a hash of every file in it, so the same output is the same folder
 * (builds stay byte-identical, and an unchanged rebuild writes nothing) and a changed one is a
 * new folder beside the old, never a rewrite of files a reader may be using.
 */
import { createHash } from 'node:crypto';

export function generationName(files: ReadonlyMap<string, Uint8Array>): string {
	const hash = createHash('sha256');
	for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		hash.update(`${path}\0${bytes.length}\0`).update(bytes);
	}
	return hash.digest('hex').slice(0, 16);
}
