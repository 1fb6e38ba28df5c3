import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, ROOT } from '../tests/e2e/harness.js';

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

/** Runs `vite build` when build/ is missing or older than the sources. */
export function ensureBuild() {
	const page = join(BUILD_DIR, 'en.html');
	const sources = ['src', 'messages', 'static', 'svelte.config.js', 'vite.config.ts'].map((p) =>
		join(ROOT, p)
	);
	let built = 0;
	try {
		built = statSync(page).mtimeMs;
	} catch {
		built = 0;
	}
	if (built > newest(sources)) return;
	console.log(
		built === 0
			? 'No build yet: running vite build…'
			: 'Build is older than the sources: running vite build…'
	);
	const result = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, encoding: 'utf8' });
	if (result.status !== 0) {
		console.error(`${result.stdout}\n${result.stderr}`);
		throw new Error('vite build failed');
	}
}
