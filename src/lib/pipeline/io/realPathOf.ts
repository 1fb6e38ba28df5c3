/**
 * The real path of a path that may not exist yet: its deepest existing ancestor resolved
 * through symbolic links, with the missing rest appended. Two spellings of one place (a
 * symlink, `./a/../b`) compare equal.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export function realPathOf(path: string): string {
	const tail: string[] = [];
	let at = resolve(path);
	for (;;) {
		try {
			return join(realpathSync(at), ...tail.reverse());
		} catch {
			const parent = dirname(at);
			if (parent === at) return join(at, ...tail.reverse());
			tail.push(basename(at));
			at = parent;
		}
	}
}
