/**
 * Reads a file of the corpus, refusing what is not an article: a link that leaves the corpus
 * directory (`ln -s /etc/passwd p.txt` would publish the password file), a link loop, a
 * directory, a FIFO (reading one blocks forever) or a device. Never throws: a refusal is a
 * message saying what the entry is and what to do.
 */
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { relative, sep } from 'node:path';

export type ReadResult = { bytes: Buffer } | { refused: string };

function kind(stats: Stats): string {
	if (stats.isDirectory()) return 'a directory';
	if (stats.isFIFO()) return 'a named pipe (FIFO)';
	if (stats.isSocket()) return 'a socket';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
	return 'not a regular file';
}

/**
 * `realDir` is the corpus directory's real path (symbolic links resolved). `regular`: the
 * directory listing already says the entry is a plain file (not a link): no stat calls are needed.
 */
export function readInside(path: string, realDir: string, regular = false): ReadResult {
	try {
		if (regular) return { bytes: readFileSync(path) };
		if (lstatSync(path).isSymbolicLink()) {
			const target = realpathSync(path);
			const r = relative(realDir, target);
			if (r === '' || r.startsWith('..') || r.startsWith(sep))
				return {
					refused: `is a link to ${target}, outside the corpus directory; refused it so it is not published. Copy the article into the corpus instead`
				};
		}
		const stats = statSync(path);
		if (!stats.isFile())
			return { refused: `is ${kind(stats)}, not a file; skipped it. Rename or remove it` };
		return { bytes: readFileSync(path) };
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		const why =
			code === 'ELOOP'
				? 'is a link that loops back on itself'
				: code === 'EACCES' || code === 'EPERM'
					? 'cannot be read: permission denied'
					: code === 'ENOENT'
						? 'disappeared or is a broken link'
						: `cannot be read (${(e as Error).message})`;
		const todo =
			code === 'EACCES' || code === 'EPERM'
				? 'Give the user running the build read access to it (chmod a+r, and a+x on its folders)'
				: 'Check that it exists and is readable';
		return { refused: `${why}; skipped it. ${todo}` };
	}
}
