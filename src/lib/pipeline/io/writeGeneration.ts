/**
 * Writes one generation folder whole or not at all: every file goes into a temporary folder
 * beside it and is flushed, then the folder is renamed into place, so no reader ever finds a
 * generation with a file missing or half written. A text unchanged since the previous
 * generation is hard-linked rather than written again (files are never modified once their
 * generation exists), so a one-article save does not rewrite the whole corpus. Whether it is
 * unchanged is read from the previous generation's record (each file's content hash and stamp,
 * kept by the last build) when there is one, and from the file's bytes otherwise: at 10,000
 * texts, opening and reading each old file was most of a rebuild's writing.
 */
import { createHash } from 'node:crypto';
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
	statSync,
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

/**
 * What a generation holds, file by file: path → `hash|stamp`, the SHA-1 of its content and the
 * file's inode, size and modification time when it was written. A file whose stamp still holds
 * has that content (a hand edit or a replacement changes the stamp).
 */
export type GenerationRecord = Map<string, string>;

/** The stamp of a file as a record holds it; null when it is missing. */
function stampOf(path: string): string | null {
	try {
		const s = statSync(path, { bigint: true });
		return `${s.ino}:${s.size}:${s.mtimeNs}`;
	} catch {
		return null;
	}
}

const contentHash = (content: Uint8Array) => createHash('sha1').update(content).digest('base64');

/** The old file's stamp when its record says it holds content of this hash and it is unchanged. */
function stillHolds(known: string | undefined, old: string, hash: string): string | null {
	if (known === undefined) return null;
	const bar = known.indexOf('|');
	if (known.slice(0, bar) !== hash) return null;
	const stamp = stampOf(old);
	return stamp !== null && stamp === known.slice(bar + 1) ? stamp : null;
}

export interface GenerationOptions {
	/** The generation this one replaces: unchanged files are linked from it. */
	previous?: string | null;
	/** The previous generation's record, when the last build kept one. */
	previousRecord?: GenerationRecord | null;
	/** Called after each file is written (tests inject failures here). */
	onFile?: (path: string) => void;
}

/** Writes the generation and gives its record. */
export function writeGeneration(
	dir: string,
	files: ReadonlyMap<string, Uint8Array>,
	options: GenerationOptions = {}
): GenerationRecord {
	const record: GenerationRecord = new Map();
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
			const hash = contentHash(content);
			let linked = false;
			// The old file's stamp when it holds this content, else null.
			let stamp: string | null = null;
			if (old)
				stamp = options.previousRecord
					? stillHolds(options.previousRecord.get(path), old, hash)
					: existsSync(old) && sameBytes(old, content)
						? stampOf(old)
						: null;
			if (old && stamp !== null) {
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
				stamp = stampOf(target);
			}
			record.set(path, `${hash}|${stamp}`);
			options.onFile?.(path);
		}
		for (const d of dirs) syncDir(d);
		renameSync(tmp, dir);
		syncDir(dirname(dir));
		return record;
	} catch (e) {
		rmSync(tmp, { recursive: true, force: true });
		throw e;
	}
}
