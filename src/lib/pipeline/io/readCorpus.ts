/**
 * Reads a corpus directory: every `.txt` file (sorted by name, so output order never depends on
 * the file system) and the optional `metadata.json`. Nothing here throws on bad input: each
 * problem becomes a diagnostic and the rest of the corpus is still read.
 */
import { createHash } from 'node:crypto';
import { readdirSync, realpathSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DiagnosticSink } from '../diagnostics';
import { decodeArticle } from './decodeArticle';
import { findNearDuplicates, nearDuplicateSignature } from './findNearDuplicates';
import { parseMetadata, type ArticleMeta } from './parseMetadata';
import { readInside } from './readInside';
import { collapsedHash, sameText } from './sameText';

export interface CorpusArticle {
	/** Stable id: the file name without `.txt`, lower-cased and slugged. */
	id: string;
	file: string;
	text: string;
	meta: ArticleMeta | null;
	/** SHA-256 of the file's bytes (what the text was decoded from), when read from a file. */
	digest?: string;
	/** The file's bytes when they are exactly the text in UTF-8 (io/decodeArticle.ts). */
	utf8?: Uint8Array;
}

/** What an earlier build knew of a file's bytes: its near-duplicate signature (cache/). */
export interface KnownSignatures {
	signature(digest: string): Uint32Array | null | undefined;
	keepSignature(digest: string, signature: Uint32Array | null): void;
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

export function readCorpus(
	dir: string,
	sink: DiagnosticSink,
	known: KnownSignatures | null = null
): CorpusArticle[] {
	let names: string[];
	/** Entries the listing shows as plain files (not links, pipes or folders). */
	const regular = new Set<string>();
	try {
		const entries = readdirSync(dir, { withFileTypes: true });
		for (const e of entries) if (e.isFile()) regular.add(e.name);
		names = entries.map((e) => e.name).sort();
	} catch (e) {
		sink.error(
			dir,
			`cannot read the articles directory (${(e as Error).message}); pass an existing directory with --articles`
		);
		return [];
	}
	let realDir: string;
	try {
		realDir = realpathSync(dir);
	} catch {
		realDir = dir;
	}
	const metaPath = join(dir, 'metadata.json');
	let metadata = new Map<string, ArticleMeta>();
	if (names.includes('metadata.json')) {
		// A directory, a link loop or an unreadable file costs the metadata, never the build.
		const read = readInside(metaPath, realDir);
		if ('refused' in read)
			sink.error(
				metaPath,
				`metadata.json ${read.refused.replace(/; skipped it\./, '; ignored it, and built the articles from their own text.')}`
			);
		else metadata = parseMetadata(new TextDecoder().decode(read.bytes), metaPath, sink);
	}
	const txt = names.filter((n) => n.toLowerCase().endsWith('.txt'));
	const present = new Set(txt);
	for (const file of metadata.keys()) {
		if (!present.has(file))
			sink.warn(
				metaPath,
				`metadata names "${file}", which is not in ${dir}; add the file or remove its entry`
			);
	}
	const seenHash = new Map<string, CorpusArticle[]>();
	const seenId = new Map<string, string>();
	const articles: CorpusArticle[] = [];
	for (const file of txt) {
		const path = join(dir, file);
		// Moved, deleted, unreadable or not an article: lose only this file, and say so.
		const read = readInside(path, realDir, regular.has(file));
		if ('refused' in read) {
			sink.error(path, `this entry ${read.refused}`);
			continue;
		}
		const bytes = read.bytes;
		const decoded = decodeArticle(bytes);
		for (const note of decoded.notes) sink.warn(path, note);
		if (decoded.empty) {
			sink.error(
				path,
				`${decoded.emptyWhy ?? 'file is empty or holds only white space'}; skipped it. Paste the article text into it or delete it`
			);
			continue;
		}
		for (const at of decoded.bidiAt ?? [])
			sink.warn(
				path,
				'a bidirectional control character (U+202A–U+202E, U+2066–U+2069) would reorder the text around it on screen; replaced it with U+FFFD. Remove it from the article',
				decoded.text,
				at
			);
		if (bytes.length > LARGE_ARTICLE_BYTES)
			sink.warn(
				path,
				`file is ${(bytes.length / 1e6).toFixed(1)} MB, far larger than one article; processed it, but check that it holds a single article`
			);
		const hash = collapsedHash(decoded.text);
		const twin = seenHash.get(hash)?.find((a) => sameText(a.text, decoded.text));
		if (twin !== undefined) {
			sink.warn(
				path,
				`same text as ${twin.file}; skipped this copy so its events are not counted twice. Delete one of the two files`
			);
			continue;
		}
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
		const article: CorpusArticle = {
			id,
			file,
			text: decoded.text,
			meta: metadata.get(file) ?? null,
			...(decoded.utf8 ? { utf8: decoded.utf8 } : {}),
			// Only a build with a cache needs it (its keys, and the signatures kept by it).
			...(known ? { digest: createHash('sha256').update(bytes).digest('base64') } : {})
		};
		articles.push(article);
		seenHash.set(hash, [...(seenHash.get(hash) ?? []), article]);
	}
	const signatures = articles.map((a) => {
		if (!known) return nearDuplicateSignature(a.text);
		const kept = known.signature(a.digest!);
		if (kept !== undefined) return kept;
		const fresh = nearDuplicateSignature(a.text);
		known.keepSignature(a.digest!, fresh);
		return fresh;
	});
	for (const d of findNearDuplicates(
		articles.map((a) => a.text),
		signatures
	)) {
		const copy = articles[d.index]!;
		sink.warn(
			join(dir, copy.file),
			`nearly the same text as ${articles[d.of]!.file} (${Math.round(d.share * 100)}% of its four-word sequences in common); kept both, and a sentence they share is cited once. Delete one if it is a copy`
		);
	}
	if (txt.length === 0)
		sink.warn(dir, 'no .txt articles found; add UTF-8 .txt files, one article each');
	return articles;
}
