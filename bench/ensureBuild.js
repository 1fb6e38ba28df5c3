import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, BUILD_DIR, ROOT } from '../tests/e2e/harness.js';

/** Newest modification time under the given paths (files or directories), ms. */
function newest(paths) {
	let latest = 0;
	const visit = (p) => {
		let s;
		try {
			s = statSync(p);
		} catch {
			return;
		}
		if (s.isDirectory()) {
			for (const name of readdirSync(p)) if (name !== 'paraglide') visit(join(p, name));
		} else latest = Math.max(latest, s.mtimeMs);
	};
	paths.forEach(visit);
	return latest;
}

/**
 * Runs `vite build` (with `config`, when given) when `page` is missing or older than the sources.
 * @param {string} page a file the build writes
 * @param {string[]} [config] extra arguments to `vite build`
 */
function buildIfStale(page, config = []) {
	const sources = ['src', 'messages', 'static', 'svelte.config.js', 'vite.config.ts', ...config]
		.filter((p) => !p.startsWith('-'))
		.map((p) => join(ROOT, p));
	let built = 0;
	try {
		built = statSync(page).mtimeMs;
	} catch {
		built = 0;
	}
	if (built > newest(sources)) return;
	console.log(
		built === 0
			? `No build yet: running vite build ${config.join(' ')}…`
			: `Build is older than the sources: running vite build ${config.join(' ')}…`
	);
	const result = spawnSync('npx', ['vite', 'build', ...config], { cwd: ROOT, encoding: 'utf8' });
	if (result.status !== 0) {
		console.error(`${result.stdout}\n${result.stderr}`);
		throw new Error('vite build failed');
	}
}

/** Runs `vite build` when build/ is missing or older than the sources. */
export function ensureBuild() {
	buildIfStale(join(BUILD_DIR, 'en.html'));
}

/** Builds the bench pages (build-bench/, `npm run build:bench`) when missing or stale. */
export function ensureBenchBuild() {
	buildIfStale(join(BENCH_DIR, 'bench', 'timeline.html'), ['--config', 'vite.bench.config.ts']);
}
