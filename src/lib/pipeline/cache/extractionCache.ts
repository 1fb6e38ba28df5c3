import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Diagnostic } from '../diagnostics';
import type { ArticleExtraction } from '../extract/extractArticle';
import type { CorpusArticle } from '../io/readCorpus';
import type { KnownPrevious, PreviousStore } from '../io/readPreviousEvents';
import type { GenerationRecord } from '../io/writeGeneration';

/** What extracting one article gave: its extraction and the diagnostics it reported. */
export interface ExtractedArticle {
	extraction: ArticleExtraction | null;
	diagnostics: Diagnostic[];
}

interface CacheFile {
	format: 2;
	rules: string;
	/** Each entry serialised on its own: a build may change the objects it was given. */
	entries: Map<string, Uint8Array>;
	/** Near-duplicate signatures by the digest of the file they were computed from. */
	signatures: Map<string, Uint32Array | null>;
	/** The ids of the event set written last, with that file's stamp (io/readPreviousEvents.ts). */
	previous?: KnownPrevious | null;
	/** What each file of the generation written last holds (io/writeGeneration.ts). */
	generation?: { name: string; record: GenerationRecord } | null;
}

/**
 * An article's identity for the cache: everything extraction reads, and nothing else. The text
 * stands as the digest of the bytes it was decoded from when there is one (the decoder is part
 * of the rules' version), which spares hashing the text a second time.
 */
export function articleKey(article: CorpusArticle): string {
	const hash = createHash('sha256')
		.update(article.id)
		.update('\0')
		.update(article.file)
		.update('\0')
		.update(JSON.stringify(article.meta))
		.update('\0');
	if (article.digest !== undefined) hash.update('bytes\0').update(article.digest);
	else hash.update('text\0').update(article.text);
	return hash.digest('base64');
}

/**
 * Extractions of earlier builds, keyed by each article's content and the rules' version, in one
 * file the build step owns (V8's serialisation: Maps and Sets survive, and 10,000 articles load
 * in a fraction of a second). A missing, unreadable or foreign file is an empty cache, never an
 * error. Saving keeps only what this build used, so the file does not grow with deleted articles.
 * It also keeps each file's near-duplicate signature (io/findNearDuplicates.ts), by the digest of
 * its bytes.
 */
export class ExtractionCache implements PreviousStore {
	readonly #file: string;
	readonly #rules: string;
	readonly #old: Map<string, Uint8Array>;
	readonly #used = new Map<string, Uint8Array>();
	readonly #oldSignatures: Map<string, Uint32Array | null>;
	readonly #signatures = new Map<string, Uint32Array | null>();
	#previous: KnownPrevious | null;
	#generation: { name: string; record: GenerationRecord } | null;
	hits = 0;
	misses = 0;

	constructor(file: string, rules: string) {
		this.#file = file;
		this.#rules = rules;
		const data = ExtractionCache.#load(file, rules);
		this.#old = data?.entries ?? new Map();
		this.#oldSignatures = data?.signatures ?? new Map();
		this.#previous = data?.previous ?? null;
		this.#generation = data?.generation ?? null;
	}

	static #load(file: string, rules: string): CacheFile | null {
		try {
			const data = deserialize(readFileSync(file)) as Partial<CacheFile>;
			if (
				data.format === 2 &&
				data.rules === rules &&
				data.entries instanceof Map &&
				data.signatures instanceof Map
			)
				return data as CacheFile;
		} catch {
			// Missing or damaged: start again.
		}
		return null;
	}

	/** The near-duplicate signature kept for a file's digest (null: too short), or undefined. */
	signature(digest: string): Uint32Array | null | undefined {
		const found = this.#signatures.has(digest)
			? this.#signatures.get(digest)
			: this.#oldSignatures.get(digest);
		if (found !== undefined) this.#signatures.set(digest, found);
		return found;
	}

	keepSignature(digest: string, signature: Uint32Array | null): void {
		this.#signatures.set(digest, signature);
	}

	previousSet(): KnownPrevious | null {
		return this.#previous;
	}

	keepPreviousSet(known: KnownPrevious): void {
		this.#previous = known;
	}

	generationRecord(generation: string): GenerationRecord | null {
		return this.#generation?.name === generation ? this.#generation.record : null;
	}

	keepGenerationRecord(generation: string, record: GenerationRecord): void {
		this.#generation = { name: generation, record };
	}

	/** A fresh copy of what the key's article gave last time, or undefined. */
	get(key: string): ExtractedArticle | undefined {
		const found = this.#used.get(key) ?? this.#old.get(key);
		if (!found) {
			this.misses++;
			return undefined;
		}
		this.hits++;
		this.#used.set(key, found);
		return deserialize(found) as ExtractedArticle;
	}

	set(key: string, value: ExtractedArticle): void {
		this.#used.set(key, serialize(value));
	}

	/** Writes the cache whole or not at all (temporary file, then rename); false if it could not. */
	save(): boolean {
		const tmp = `${this.#file}.${process.pid}.tmp`;
		try {
			mkdirSync(dirname(this.#file), { recursive: true });
			const data: CacheFile = {
				format: 2,
				rules: this.#rules,
				entries: this.#used,
				signatures: this.#signatures,
				previous: this.#previous,
				generation: this.#generation
			};
			writeFileSync(tmp, serialize(data));
			renameSync(tmp, this.#file);
			return true;
		} catch {
			rmSync(tmp, { force: true });
			return false;
		}
	}
}
