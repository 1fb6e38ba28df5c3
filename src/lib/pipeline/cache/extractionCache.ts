import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Diagnostic } from '../diagnostics';
import type { ArticleExtraction } from '../extract/extractArticle';
import type { CorpusArticle } from '../io/readCorpus';

/** What extracting one article gave: its extraction and the diagnostics it reported. */
export interface ExtractedArticle {
	extraction: ArticleExtraction | null;
	diagnostics: Diagnostic[];
}

interface CacheFile {
	format: 1;
	rules: string;
	/** Each entry serialised on its own: a build may change the objects it was given. */
	entries: Map<string, Uint8Array>;
}

/** An article's identity for the cache: everything extraction reads, and nothing else. */
export function articleKey(article: CorpusArticle): string {
	return createHash('sha256')
		.update(article.id)
		.update('\0')
		.update(article.file)
		.update('\0')
		.update(JSON.stringify(article.meta))
		.update('\0')
		.update(article.text)
		.digest('base64');
}

/**
 * Extractions of earlier builds, keyed by each article's content and the rules' version, in one
 * file the build step owns (V8's serialisation: Maps and Sets survive, and 10,000 articles load
 * in a fraction of a second). A missing, unreadable or foreign file is an empty cache, never an
 * error. Saving keeps only what this build used, so the file does not grow with deleted articles.
 */
export class ExtractionCache {
	readonly #file: string;
	readonly #rules: string;
	readonly #old: Map<string, Uint8Array>;
	readonly #used = new Map<string, Uint8Array>();
	hits = 0;
	misses = 0;

	constructor(file: string, rules: string) {
		this.#file = file;
		this.#rules = rules;
		this.#old = ExtractionCache.#load(file, rules);
	}

	static #load(file: string, rules: string): Map<string, Uint8Array> {
		try {
			const data = deserialize(readFileSync(file)) as Partial<CacheFile>;
			if (data.format === 1 && data.rules === rules && data.entries instanceof Map)
				return data.entries;
		} catch {
			// Missing or damaged: start again.
		}
		return new Map();
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
			const data: CacheFile = { format: 1, rules: this.#rules, entries: this.#used };
			writeFileSync(tmp, serialize(data));
			renameSync(tmp, this.#file);
			return true;
		} catch {
			rmSync(tmp, { force: true });
			return false;
		}
	}
}
