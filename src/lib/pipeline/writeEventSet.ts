/**
 * Writes what the build produced as one output set that switches at once. Beside the event set,
 * a generation folder (`sets/<generation>/`, named by a hash of its content) holds the article
 * texts its sources cite, its former ids and its events' details (their sentences, in chunks by
 * date); the event set and its index (`events.index.json`, what the explorer loads: the set
 * without its events' sentences) name their generation. The steps:
 *
 * 1. the new generation is written whole into a temporary folder, flushed and renamed into
 *    place (or found already there, byte for byte): the old event set still names the old one;
 * 2. the manifest of the generations this step wrote is updated to name it too;
 * 3. the report (outside the published folder), the index and the event set are written under
 *    temporary names and flushed; the index, then the event set, is renamed over the old one.
 *    Those renames are the switch: a reader of either file before its rename reads the old one
 *    with the old generation, after it the new one with the new generation (both generations
 *    exist until step 5, so a reader holding the old index still finds its details);
 * 4. the report is renamed into place (it names the generation it describes);
 * 5. generations the manifest names other than the new one are removed, and files an earlier
 *    version of the step left beside the event set (listed in its own manifest).
 *
 * A failure before the switch removes what this run added and leaves the old set whole. A crash
 * anywhere leaves the old set or the new one; what it left behind is cleared by the next run.
 * JSON is written with sorted, fixed structure, so the same corpus gives byte-identical files.
 */
import {
	accessSync,
	constants,
	existsSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ARTICLES_NAME, detailsName } from '../model/setPaths';
import { compactIndex } from '../model/compactIndex';
import { splitEventSet } from '../model/splitEventSet';
import { assertSplit } from '../model/validateSplit';
import type { BuildResult } from './buildEventSet';
import { formatDiagnostic } from './diagnostics';
import { ensureDir } from './io/ensureDir';
import { generationName } from './io/generationName';
import { generationPaths, MANIFEST_NAME, outputPaths } from './io/outputPaths';
import { manifestJson, readManifest } from './io/readManifest';
import { readPreviousSet, rememberWritten, type PreviousStore } from './io/readPreviousEvents';
import { isStageTmp, stageFile, syncDir, type Staged } from './io/stageFile';
import { GENERATION_TMP, holdsExactly, writeGeneration } from './io/writeGeneration';
import { splitMismatches } from './io/splitMismatches';
import { wasValidated } from './validatedSets';

export interface WriteOptions {
	/** The corpus directory: the report names files relative to its parent, never absolutely. */
	corpus?: string;
	/** Where the report goes (never in the published folder); none is written without it. */
	report?: string;
	/**
	 * Called after each stage ('text' after a text is written, 'generation', 'manifest',
	 * 'switch', 'report', 'cleaned'). Tests throw or kill the process here to show that every
	 * interruption leaves a whole set.
	 */
	onStage?: (stage: WriteStage) => void;
	/** Keeps what was written for the next build's ids (io/readPreviousEvents.ts); the cache. */
	store?: PreviousStore | null;
}

export type WriteStage = 'text' | 'generation' | 'manifest' | 'switch' | 'report' | 'cleaned';

export interface WriteResult {
	changed: boolean;
	generation: string;
	/** Files beside the output that this step did not write; left alone. */
	foreign: string[];
	/** What could not be cleared after the switch (the new set is in place regardless). */
	leftovers: string[];
}

function reportJson(result: BuildResult, corpus: string | undefined, generation: string): string {
	const base = corpus === undefined ? process.cwd() : join(corpus, '..');
	const rel = (file: string) => (file.startsWith('/') ? relative(base, file) || '.' : file);
	const report = {
		...result.report,
		generation,
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

function listDir(dir: string): string[] {
	try {
		return readdirSync(dir);
	} catch {
		return [];
	}
}

export function writeEventSet(
	result: BuildResult,
	out: string,
	options: WriteOptions = {}
): WriteResult {
	const stage = options.onStage ?? (() => {});
	const paths = outputPaths(out);
	ensureDir(paths.sets);
	const report = options.report === undefined ? null : resolve(options.report);
	if (report) ensureDir(dirname(report));
	for (const p of [paths.events, paths.index, paths.manifest, ...(report ? [report] : [])])
		assertWritable(p);

	// Each file as UTF-8 once: it is hashed, compared with the last generation's and written.
	const utf8 = (text: string) => Buffer.from(text, 'utf8');
	const files = new Map<string, Uint8Array>(
		[...result.texts].map(([id, text]) => [
			`articles/${id}.txt`,
			result.textBytes?.get(id) ?? utf8(text)
		])
	);
	files.set('aliases.json', utf8(JSON.stringify(result.aliases ?? {}, null, '\t') + '\n'));
	// The index and details: derived from the event set, checked by the same schema before
	// anything is written. Compact JSON: the explorer downloads them.
	const split = splitEventSet(result.eventSet);
	for (const [name, chunk] of split.chunks)
		files.set(detailsName(name), utf8(JSON.stringify(chunk)));
	// The articles' list: read at an opened event's first need, not with the index.
	files.set(ARTICLES_NAME, utf8(JSON.stringify(split.articles)));
	const generation = generationName(files);
	const index = compactIndex({ ...split.index, generation });
	// A set this process validated whole is checked only for what the split adds; any other
	// (made or changed elsewhere) against the whole schema again.
	if (wasValidated(result.eventSet)) {
		const problems = splitMismatches(result.eventSet, index, split.articles, split.chunks);
		if (problems.length > 0)
			throw new Error(
				`invalid index or details:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`
			);
	} else assertSplit(index, split.articles, split.chunks);
	const gen = generationPaths(out, generation);
	const manifest = readManifest(paths.manifest);
	const ours = new Set(manifest?.generations ?? []);
	// Read once per file version: the build read the same file for its ids (readPreviousEvents).
	const current = readPreviousSet(paths.events, options.store).generation;
	// What a crashed run left: its temporary files and folders (named as only this step names them).
	for (const name of listDir(paths.sets))
		if (GENERATION_TMP.test(name)) rmSync(join(paths.sets, name), { recursive: true, force: true });
	for (const file of [paths.events, paths.index, paths.manifest, ...(report ? [report] : [])])
		for (const name of listDir(dirname(file)))
			if (isStageTmp(name, file)) rmSync(join(dirname(file), name), { force: true });

	// 1. The new generation, whole, beside the old one.
	let created = false;
	if (existsSync(gen.dir)) {
		if (!holdsExactly(gen.dir, files)) {
			if (!ours.has(generation))
				throw new Error(
					`${gen.dir} was not written by this step and differs from what it would write; move it away or choose another --out`
				);
			// Ours but damaged (a file edited or removed by hand): write it again.
			rmSync(gen.dir, { recursive: true, force: true });
		}
	}
	const previousManifest = existsSync(paths.manifest) ? readFileSync(paths.manifest, 'utf8') : null;
	const previousIndex = existsSync(paths.index) ? readFileSync(paths.index, 'utf8') : null;
	let staged: Staged | null = null;
	let stagedIndex: Staged | null = null;
	let indexCommitted = false;
	let stagedReport: Staged | null = null;
	try {
		if (!existsSync(gen.dir)) {
			const previous = current && ours.has(current) ? current : null;
			const record = writeGeneration(gen.dir, files, {
				previous: previous === null ? null : generationPaths(out, previous).dir,
				previousRecord:
					previous === null ? null : (options.store?.generationRecord(previous) ?? null),
				onFile: () => stage('text')
			});
			options.store?.keepGenerationRecord(generation, record);
			created = true;
		}
		stage('generation');
		// 2. The manifest names the new generation before any event set does: a crash from here
		// on leaves nothing the next run would not recognise as its own.
		const next = stageFile(paths.manifest, manifestJson([...ours, generation]));
		next.commit();
		syncDir(paths.sets);
		stage('manifest');
		// The report is flushed before the switch, so an unwritable report folder replaces nothing.
		if (report) stagedReport = stageFile(report, reportJson(result, options.corpus, generation));
		// 3. The switch: the index, then the event set (what the scorer and downloads read).
		const eventSet = { ...result.eventSet, generation };
		stagedIndex = stageFile(paths.index, JSON.stringify(index) + '\n');
		staged = stageFile(paths.events, JSON.stringify(eventSet, null, '\t') + '\n');
		stagedIndex.commit();
		indexCommitted = stagedIndex.changed;
		staged.commit();
		syncDir(dirname(paths.events));
		rememberWritten(paths.events, result.eventSet, generation, options.store);
	} catch (e) {
		staged?.abort();
		stagedIndex?.abort();
		stagedReport?.abort();
		// The index names the generation removed below: put the old one back.
		if (indexCommitted)
			if (previousIndex !== null) stageFile(paths.index, previousIndex).commit();
			else rmSync(paths.index, { force: true });
		if (created) rmSync(gen.dir, { recursive: true, force: true });
		if (previousManifest !== null) stageFile(paths.manifest, previousManifest).commit();
		else rmSync(paths.manifest, { force: true });
		throw e;
	}
	stage('switch');

	// 4. The report, which names the generation it describes.
	const leftovers: string[] = [];
	if (stagedReport) {
		try {
			stagedReport.commit();
		} catch (e) {
			leftovers.push(`${report} (${(e as Error).message})`);
		}
		stage('report');
	}

	// 5. Clear what no event set names any more: only what a manifest says this step wrote.
	let changed = staged.changed || (stagedIndex?.changed ?? false) || created;
	const clear = (path: string, recursive = false) => {
		try {
			if (!existsSync(path)) return;
			rmSync(path, { recursive, force: true });
			changed = true;
		} catch (e) {
			leftovers.push(`${path} (${(e as Error).message})`);
		}
	};
	for (const old of ours) if (old !== generation) clear(join(paths.sets, old), true);
	// Generations that could not be removed stay listed, for the next run to clear.
	const kept = [...ours].filter((g) => g !== generation && existsSync(join(paths.sets, g)));
	try {
		stageFile(paths.manifest, manifestJson([generation, ...kept])).commit();
	} catch (e) {
		leftovers.push(`${paths.manifest} (${(e as Error).message})`);
	}
	const legacy = readManifest(paths.legacy.manifest);
	if (legacy) {
		for (const name of legacy.files) clear(join(paths.legacy.texts, name));
		clear(paths.legacy.aliases);
		clear(paths.legacy.report);
		clear(paths.legacy.manifest);
		try {
			if (listDir(paths.legacy.texts).length === 0) rmSync(paths.legacy.texts, { recursive: true });
		} catch {
			// Somebody's folder after all: leave it.
		}
	}
	syncDir(paths.sets);
	stage('cleaned');

	const foreign = [
		...listDir(paths.sets)
			.filter((n) => n !== MANIFEST_NAME && n !== generation && !GENERATION_TMP.test(n))
			.map((n) => join(paths.sets, n)),
		...listDir(paths.legacy.texts).map((n) => join(paths.legacy.texts, n))
	];
	return { changed, generation, foreign, leftovers };
}
