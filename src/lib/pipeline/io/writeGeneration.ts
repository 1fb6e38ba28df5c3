/**
 * Writes one generation folder whole or not at all: every file goes into a temporary folder
 * beside it and is flushed, then the folder is renamed into place, so no reader ever finds a
 * generation with a file missing or half written. A text unchanged since the previous
 * generation is hard-linked rather than written again (files are never modified once their
 * generation exists), so a one-article save does not rewrite the whole corpus.
 */
import {
	closeSync,
	existsSync,
	fsyncSync,
	linkSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { syncDir } from './stageFile';

/** The temporary folder a generation is built in; only names of this shape are ever cleared. */
export function generationTmp(dir: string, pid = process.pid): string {
	return join(dirname(dir), `.${basename(dir)}.${pid}.tmp`);
}

export const GENERATION_TMP = /^\.[0-9a-f]{16}\.\d+\.tmp$/;

function sameBytes(path: string, content: Uint8Array): boolean {
	try {
		return readFileSync(path).equals(content);
	} catch {
		return false;
	}
}

/** Whether a folder holds exactly these files with exactly these bytes. */
export function holdsExactly(dir: string, files: ReadonlyMap<string, Uint8Array>): boolean {
	let present: string[];
	try {
		present = (
			readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]
		)
			.filter((d) => !d.isDirectory())
			.map((d) => join(d.parentPath, d.name).slice(dir.length + 1));
	} catch {
		return false;
	}
	if (present.length !== files.size) return false;
	for (const [path, bytes] of files) if (!sameBytes(join(dir, path), bytes)) return false;
	return true;
}

export interface GenerationOptions {
	/** The generation this one replaces: unchanged files are linked from it. */
	previous?: string | null;
	/** Called after each file is written (tests inject failures here). */
	onFile?: (path: string) => void;
}

export function writeGeneration(
	dir: string,
	files: ReadonlyMap<string, Uint8Array>,
	options: GenerationOptions = {}
): void {
	const tmp = generationTmp(dir);
	rmSync(tmp, { recursive: true, force: true });
	mkdirSync(tmp, { recursive: true });
	try {
		const dirs = new Set<string>([tmp]);
		for (const [path, content] of files) {
			const target = join(tmp, path);
			if (!dirs.has(dirname(target))) {
				mkdirSync(dirname(target), { recursive: true });
				dirs.add(dirname(target));
			}
			const old = options.previous ? join(options.previous, path) : null;
			let linked = false;
			if (old && existsSync(old) && sameBytes(old, content)) {
				try {
					linkSync(old, target);
					linked = true;
				} catch {
					// Another file system, or links refused: write it.
				}
			}
			if (!linked) {
				const fd = openSync(target, 'wx', 0o644);
				try {
					writeSync(fd, content);
					fsyncSync(fd);
				} finally {
					closeSync(fd);
				}
			}
			options.onFile?.(path);
		}
		for (const d of dirs) syncDir(d);
		renameSync(tmp, dir);
		syncDir(dirname(dir));
	} catch (e) {
		rmSync(tmp, { recursive: true, force: true });
		throw e;
	}
}
