/**
 * Writes what the build produced: the event set, the article texts its sources cite
 * (`articles/<id>.txt` beside it), and the report (`<name>.report.json`). JSON is written with
 * sorted, fixed structure, so the same corpus gives byte-identical files.
 *
 * Nothing is replaced until every new file is staged on disk (written under a temporary name
 * and flushed): a full disk or an unwritable path fails before any old file is touched. Then the
 * staged files are renamed into place, texts first and the event set last, so a reader of the
 * event set finds every text it cites. Texts of articles no longer in the corpus are removed
 * afterwards, but only those the manifest says this step wrote.
 */
import {
	accessSync,
	constants,
	existsSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync
} from 'node:fs';
import { join, relative } from 'node:path';
import type { BuildResult } from './buildEventSet';
import { formatDiagnostic } from './diagnostics';
import { ensureDir } from './io/ensureDir';
import { outputPaths } from './io/outputPaths';
import { manifestJson, readManifest } from './io/readManifest';
import { stageFile, syncDir, type Staged } from './io/stageFile';

export function reportPath(out: string): string {
	return outputPaths(out).report;
}

export interface WriteOptions {
	/** The corpus directory: the report names files relative to its parent, never absolutely. */
	corpus?: string;
}

export interface WriteResult {
	changed: boolean;
	/** Files in the texts folder that this step did not write; left alone. */
	foreign: string[];
}

function reportJson(result: BuildResult, corpus: string | undefined): string {
	const base = corpus === undefined ? process.cwd() : join(corpus, '..');
	const rel = (file: string) => (file.startsWith('/') ? relative(base, file) || '.' : file);
	const report = {
		...result.report,
		diagnostics: result.diagnostics.map((d) => formatDiagnostic({ ...d, file: rel(d.file) }))
	};
	return JSON.stringify(report, null, '\t') + '\n';
}

/** Fails now, before anything is replaced, when a destination could not take a rename. */
function assertWritable(path: string): void {
	if (!existsSync(path)) return;
	if (!statSync(path).isFile()) throw new Error(`${path} exists and is not a regular file`);
	accessSync(path, constants.W_OK);
}

export function writeEventSet(
	result: BuildResult,
	out: string,
	options: WriteOptions = {}
): WriteResult {
	const paths = outputPaths(out);
	ensureDir(paths.texts);
	for (const p of [paths.events, paths.aliases, paths.report, paths.manifest]) assertWritable(p);

	const previous = readManifest(paths.manifest);
	const ours = new Set(previous?.files ?? []);
	const present = readdirSync(paths.texts).filter((n) => n.endsWith('.txt'));
	const wanted = new Map([...result.texts].map(([id, text]) => [`${id}.txt`, text]));
	for (const name of present) {
		const text = wanted.get(name);
		// Never overwrite a file somebody else put here, unless it already holds our bytes.
		if (
			text !== undefined &&
			!ours.has(name) &&
			readFileSync(join(paths.texts, name), 'utf8') !== text
		)
			throw new Error(
				`${join(paths.texts, name)} was not written by this step and differs from the text it would write; move it away or choose another --out`
			);
	}

	const staged: Staged[] = [];
	try {
		for (const [name, text] of wanted) staged.push(stageFile(join(paths.texts, name), text));
		staged.push(stageFile(paths.manifest, manifestJson([...wanted.keys()])));
		staged.push(stageFile(paths.report, reportJson(result, options.corpus)));
		staged.push(stageFile(paths.aliases, JSON.stringify(result.aliases ?? {}, null, '\t') + '\n'));
		// The event set last: whoever reads it finds the texts and report already in place.
		staged.push(stageFile(paths.events, JSON.stringify(result.eventSet, null, '\t') + '\n'));
	} catch (e) {
		for (const s of staged) s.abort();
		throw e;
	}
	for (const s of staged) s.commit();
	syncDir(paths.texts);

	let changed = staged.some((s) => s.changed);
	for (const name of ours)
		if (!wanted.has(name)) {
			rmSync(join(paths.texts, name), { force: true });
			changed = true;
		}
	syncDir(paths.texts);
	const foreign = present
		.filter((n) => !ours.has(n) && !wanted.has(n))
		.map((n) => join(paths.texts, n));
	return { changed, foreign };
}
