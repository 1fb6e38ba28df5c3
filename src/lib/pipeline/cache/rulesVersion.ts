import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The build step's own sources and data (rules, gazetteer, cues, schema). */
const ROOTS = ['..', '../../model'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

let memo: string | null | undefined;

function files(dir: string, out: string[]): void {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) files(path, out);
		else if (/\.(ts|js|json|txt|tsv|csv)$/.test(entry.name)) out.push(path);
	}
}

/**
 * A hash of every file the extraction rules are made of: any edit to a rule, a cue list or the
 * gazetteer gives a new version, so a cached extraction never outlives the rules that made it.
 * null when the sources cannot be read (then nothing is cached).
 */
export function rulesVersion(): string | null {
	if (memo !== undefined) return memo;
	try {
		const hash = createHash('sha256');
		for (const root of ROOTS) {
			const list: string[] = [];
			files(root, list);
			for (const path of list.sort()) {
				hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
			}
		}
		memo = hash.digest('hex').slice(0, 32);
	} catch {
		memo = null;
	}
	return memo;
}
