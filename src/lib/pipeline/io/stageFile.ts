/**
 * Writes a file beside its destination under a temporary name, flushed to disk, so that the
 * destination itself is only ever replaced by a rename: a reader (or a crash) sees the old file
 * or the new one, never a half-written one. Nothing is staged when the bytes would not change,
 * so watchers and caches see no false updates.
 */
import {
	closeSync,
	fsyncSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Staged {
	path: string;
	/** False when the destination already holds these bytes (commit and abort do nothing). */
	changed: boolean;
	commit(): void;
	abort(): void;
}

function sameBytes(path: string, content: Buffer): boolean {
	try {
		// A file of another size differs: the 16 MB event set is not read to learn it.
		if (statSync(path).size !== content.length) return false;
		return readFileSync(path).equals(content);
	} catch {
		return false;
	}
}

/** Whether a name in a destination's folder is a temporary file staged for it by some run. */
export function isStageTmp(name: string, path: string): boolean {
	return (
		name.startsWith(`.${basename(path)}.`) &&
		/^\.\d+\.tmp$/.test(name.slice(basename(path).length + 1))
	);
}

export function stageFile(path: string, text: string): Staged {
	const content = Buffer.from(text, 'utf8');
	if (sameBytes(path, content)) return { path, changed: false, commit() {}, abort() {} };
	const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	// 'wx': never follow or reuse whatever already sits at the temporary name.
	rmSync(tmp, { force: true });
	const fd = openSync(tmp, 'wx', 0o644);
	try {
		writeSync(fd, content);
		fsyncSync(fd);
	} catch (e) {
		closeSync(fd);
		rmSync(tmp, { force: true });
		throw e;
	}
	closeSync(fd);
	return {
		path,
		changed: true,
		commit: () => {
			try {
				renameSync(tmp, path);
			} catch (e) {
				rmSync(tmp, { force: true });
				throw e;
			}
		},
		abort: () => rmSync(tmp, { force: true })
	};
}

/** Flushes a directory's entries (the renames in it) to disk; best effort where unsupported. */
export function syncDir(dir: string): void {
	try {
		const fd = openSync(dir, 'r');
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
	} catch {
		// Some file systems refuse fsync on a directory; the renames still happened.
	}
}
