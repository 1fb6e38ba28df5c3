/**
 * Reads a corpus directory: every `.txt` file (sorted by name, so output order never depends on
 * the file system) and the optional `metadata.json`. Nothing here throws on bad input: each
 * problem becomes a diagnostic and the rest of the corpus is still read.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DiagnosticSink } from '../diagnostics';
import { decodeArticle } from './decodeArticle';
import { parseMetadata, type ArticleMeta } from './parseMetadata';

export interface CorpusArticle {
	/** Stable id: the file name without `.txt`, lower-cased and slugged. */
	id: string;
	file: string;
	text: string;
	meta: ArticleMeta | null;
}

/** Articles larger than this are still processed, with a warning: they are rarely one article. */
export const LARGE_ARTICLE_BYTES = 1_000_000;

export function articleId(file: string): string {
	return (
		basename(file, '.txt')
			.toLowerCase()
			.replace(/[^a-z0-9_]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'article'
	);
}

export function readCorpus(dir: string, sink: DiagnosticSink): CorpusArticle[] {
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch (e) {
		sink.error(
			dir,
			`cannot read the articles directory (${(e as Error).message}); pass an existing directory with --articles`
		);
		return [];
	}
	const metaPath = join(dir, 'metadata.json');
	let metadata = new Map<string, ArticleMeta>();
	if (names.includes('metadata.json')) {
		metadata = parseMetadata(readFileSync(metaPath, 'utf8'), metaPath, sink);
	}
	const txt = names.filter((n) => n.toLowerCase().endsWith('.txt'));
	for (const file of metadata.keys()) {
		if (!txt.includes(file))
			sink.warn(
				metaPath,
				`metadata names "${file}", which is not in ${dir}; add the file or remove its entry`
			);
	}
	const seenHash = new Map<string, string>();
	const seenId = new Map<string, string>();
	const articles: CorpusArticle[] = [];
	for (const file of txt) {
		const path = join(dir, file);
		let bytes: Uint8Array;
		try {
			if (!statSync(path).isFile()) continue;
			bytes = readFileSync(path);
		} catch (e) {
			// Moved, deleted or unreadable while the corpus was being read: lose only this file.
			sink.error(
				path,
				`cannot read the file (${(e as Error).message}); skipped it. Check that it exists and is readable`
			);
			continue;
		}
		const decoded = decodeArticle(bytes);
		for (const note of decoded.notes) sink.warn(path, note);
		if (decoded.empty) {
			sink.error(
				path,
				'file is empty or holds only white space; skipped it. Paste the article text into it or delete it'
			);
			continue;
		}
		if (bytes.length > LARGE_ARTICLE_BYTES)
			sink.warn(
				path,
				`file is ${(bytes.length / 1e6).toFixed(1)} MB, far larger than one article; processed it, but check that it holds a single article`
			);
		const hash = createHash('sha1').update(decoded.text.replace(/\s+/g, ' ').trim()).digest('hex');
		const twin = seenHash.get(hash);
		if (twin !== undefined) {
			sink.warn(
				path,
				`same text as ${twin}; skipped this copy so its events are not counted twice. Delete one of the two files`
			);
			continue;
		}
		seenHash.set(hash, file);
		let id = articleId(file);
		if (seenId.has(id)) {
			let k = 2;
			while (seenId.has(`${id}-${k}`)) k++;
			sink.warn(
				path,
				`its id "${id}" is taken by ${seenId.get(id)}; using "${id}-${k}". Rename one of the files`
			);
			id = `${id}-${k}`;
		}
		seenId.set(id, file);
		articles.push({ id, file, text: decoded.text, meta: metadata.get(file) ?? null });
	}
	if (txt.length === 0)
		sink.warn(dir, 'no .txt articles found; add UTF-8 .txt files, one article each');
	return articles;
}
