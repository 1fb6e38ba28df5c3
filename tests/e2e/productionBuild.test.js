/**
 * What `npm run build` ships: the site, without the bench pages or the synthetic event generator
 * (they are built apart, into build-bench/, by `npm run build:bench`). Reads build/ as written by
 * the build the browser tests run on.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { BUILD_DIR, ROOT } from './harness.js';

/**
 * Every file under `dir`, as paths relative to it with forward slashes.
 * @param {string} dir
 */
function filesUnder(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** The source files of src/ but the generator and the bench pages that use it. */
function otherSources() {
	const src = join(ROOT, 'src');
	return filesUnder(src)
		.filter((f) => /\.(ts|js|svelte)$/.test(f))
		.filter((f) => f !== 'lib/model/synthetic.ts' && !f.startsWith('bench/'))
		.filter((f) => !f.startsWith('lib/paraglide/'))
		.map((f) => readFileSync(join(src, f), 'utf8'))
		.join('\n');
}

/**
 * String literals of the generator that no other source holds: a minifier renames its functions
 * but keeps these, so any of them in the build means the generator shipped.
 */
function generatorMarks() {
	const text = readFileSync(join(ROOT, 'src/lib/model/synthetic.ts'), 'utf8');
	const others = otherSources();
	const literals = [...text.matchAll(/'([^'\\\n]{6,})'/g)].map((m) => m[1] ?? '');
	return [...new Set(literals)].filter((s) => !others.includes(s));
}

describe('the production build', () => {
	const files = filesUnder(BUILD_DIR);

	it('is there to be read', () => {
		assert.ok(files.includes('en.html'), 'no build/en.html: run `npm run build` first');
	});

	it('has no bench page', () => {
		assert.deepEqual(
			files.filter((f) => /(^|\/)bench([./]|$)/.test(f)),
			[]
		);
	});

	it('has no module of the synthetic event generator', () => {
		const marks = generatorMarks();
		assert.ok(marks.length >= 10, `only ${marks.length} strings to know the generator by`);
		const shipped = files
			.filter((f) => /\.(js|mjs|html)$/.test(f))
			.flatMap((f) => {
				const text = readFileSync(join(BUILD_DIR, f), 'utf8');
				const found = marks.filter((s) => text.includes(s));
				return found.length > 0 ? [`${f}: ${found.slice(0, 3).join(', ')}`] : [];
			});
		assert.deepEqual(shipped, []);
	});
});
