/**
 * Writes what the build produced: the event set, the article texts its sources cite
 * (`articles/<id>.txt` beside it), and the report (`<name>.report.json`). JSON is written with
 * sorted, fixed structure, so the same corpus gives byte-identical files. Texts of articles no
 * longer in the corpus are removed so the app never serves a stale one.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BuildResult } from './buildEventSet';

export function reportPath(out: string): string {
	return join(dirname(out), `${basename(out, '.json')}.report.json`);
}

/** Writes a file only when its bytes change, so watchers and caches see no false updates. */
function writeIfChanged(path: string, content: string): boolean {
	if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
	writeFileSync(path, content);
	return true;
}

export function writeEventSet(result: BuildResult, out: string): { changed: boolean } {
	const dir = dirname(out);
	const textDir = join(dir, 'articles');
	mkdirSync(textDir, { recursive: true });
	let changed = false;
	const keep = new Set<string>();
	for (const [id, text] of result.texts) {
		keep.add(`${id}.txt`);
		changed = writeIfChanged(join(textDir, `${id}.txt`), text) || changed;
	}
	for (const name of readdirSync(textDir))
		if (name.endsWith('.txt') && !keep.has(name)) {
			rmSync(join(textDir, name));
			changed = true;
		}
	changed =
		writeIfChanged(reportPath(out), JSON.stringify(result.report, null, '\t') + '\n') || changed;
	// The event set last: a watcher reloading on it finds the texts already in place.
	changed = writeIfChanged(out, JSON.stringify(result.eventSet, null, '\t') + '\n') || changed;
	return { changed };
}
