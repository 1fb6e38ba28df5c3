/**
 * The app's version name, from its content rather than the clock: SvelteKit's default
 * (`Date.now()`) made two builds of the same sources differ in a fifth of their files.
 * `SOURCE_DATE_EPOCH`, the reproducible-builds convention, wins when set; otherwise a hash of
 * every input the build reads (sources, messages, articles, static files, locked dependencies).
 * Plain JS: svelte.config.js imports it before any TypeScript loader exists.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Generated from the inputs below, or by the build itself. */
const SKIP = new Set(['src/lib/paraglide', 'static/data']);

/** @param {string} root @param {string} dir @param {import('node:crypto').Hash} hash */
function hashTree(root, dir, hash) {
	if (!existsSync(dir)) return;
	if (statSync(dir).isFile()) {
		hash.update(relative(root, dir)).update('\0').update(readFileSync(dir)).update('\0');
		return;
	}
	for (const name of readdirSync(dir).sort())
		if (!SKIP.has(relative(root, join(dir, name)))) hashTree(root, join(dir, name), hash);
}

/**
 * @param {string} root the project directory
 * @param {NodeJS.ProcessEnv} env
 */
export function buildVersion(root, env = process.env) {
	if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) return env.SOURCE_DATE_EPOCH;
	const hash = createHash('sha256');
	for (const input of [
		'src',
		'messages',
		'articles',
		'static',
		'project.inlang/settings.json',
		'package-lock.json',
		'svelte.config.js',
		'vite.config.ts'
	])
		hashTree(root, join(root, input), hash);
	return hash.digest('hex').slice(0, 16);
}
