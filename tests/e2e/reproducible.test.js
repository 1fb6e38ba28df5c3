/**
 * Two builds of the same sources give the same bytes in every file: no build date, no random
 * name. Hashes `build/` (made by `npm run test:e2e`'s build), builds again, and compares. The
 * browser tests run one file at a time, so no other test reads `build/` while it is rebuilt, and
 * an identical rebuild leaves it as it was.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { BUILD_DIR, ROOT } from './harness.js';

/** @param {string} dir @returns {Map<string, string>} path → sha256 of its bytes */
function hashes(dir) {
	const out = new Map();
	for (const name of /** @type {string[]} */ (readdirSync(dir, { recursive: true }))) {
		const file = join(dir, name);
		if (statSync(file).isFile())
			out.set(relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
	}
	return out;
}

describe('the build', () => {
	it('gives byte-identical files when run twice on the same sources', () => {
		const first = hashes(BUILD_DIR);
		const run = spawnSync(
			process.execPath,
			[join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'],
			{
				cwd: ROOT,
				env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
				encoding: 'utf8',
				timeout: 900_000
			}
		);
		assert.equal(run.status, 0, run.stderr);
		const second = hashes(BUILD_DIR);
		const differ = [...new Set([...first.keys(), ...second.keys()])]
			.filter((f) => first.get(f) !== second.get(f))
			.sort();
		assert.deepEqual(differ, [], `${differ.length} of ${second.size} files differ`);
		assert.ok(second.size > 50);
	});
});
