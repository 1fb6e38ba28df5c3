/**
 * Creates a directory and its missing parents one level at a time. Node 20's
 * `mkdirSync(p, { recursive: true })` spins forever on paths under /proc (`/proc/x/y`), so the
 * walk is done here, where every failure surfaces at once as an ordinary error.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function ensureDir(dir: string): void {
	const missing: string[] = [];
	let at = resolve(dir);
	for (;;) {
		try {
			if (!statSync(at).isDirectory()) throw new Error(`${at} exists and is not a directory`);
			break;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
		}
		missing.push(at);
		const parent = dirname(at);
		if (parent === at) break;
		at = parent;
	}
	for (const d of missing.reverse()) mkdirSync(d);
}
