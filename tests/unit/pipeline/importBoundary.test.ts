import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
	});
}

describe('the build step and the model it shares', () => {
	// vite.config.ts and the CLI load these files without SvelteKit's aliases.
	it.each(['src/lib/pipeline', 'src/lib/model'])('%s imports nothing through $lib', (dir) => {
		const offenders = files(dir).filter((f) => /from '\$lib\//.test(readFileSync(f, 'utf8')));
		expect(offenders).toEqual([]);
	});
});
