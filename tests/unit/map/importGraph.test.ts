import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const LIB = join(ROOT, 'src/lib');

/** The value imports of a source file (type-only imports vanish at build time). */
function valueImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const out: string[] = [];
	const re =
		/import\s+(type\s+)?([^'"]*?)\s*from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
	for (const m of text.matchAll(re)) {
		if (m[1]) continue;
		// import { type A, type B } from 'x' is type-only too.
		if (
			m[2] &&
			/^\{[^}]*\}$/.test(m[2]) &&
			m[2]
				.slice(1, -1)
				.split(',')
				.every((s) => /^\s*type\s/.test(s) || !s.trim())
		)
			continue;
		const spec = m[3] ?? m[4] ?? m[5];
		if (spec) out.push(spec);
	}
	return out;
}

function resolveLocal(spec: string, from: string): string | null {
	const base = spec.startsWith('$lib/')
		? join(LIB, spec.slice(5))
		: spec.startsWith('.')
			? resolve(dirname(from), spec)
			: null;
	if (!base) return null;
	const found = [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')].find(
		(f) => existsSync(f) && statSync(f).isFile()
	);
	return found ?? null;
}

/** Every package a file pulls in, following local imports, except through dynamic import(). */
function packagesReached(entry: string): Set<string> {
	const seen = new Set<string>();
	const packages = new Set<string>();
	const stack = [entry];
	while (stack.length) {
		const file = stack.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const text = readFileSync(file, 'utf8');
		for (const spec of valueImports(file)) {
			if (text.includes(`import('${spec}')`)) continue;
			const local = resolveLocal(spec, file);
			if (local) stack.push(local);
			else if (!spec.startsWith('.') && !spec.startsWith('$')) packages.add(spec);
		}
	}
	return packages;
}

const mapFiles = readdirSync(join(LIB, 'map'))
	.filter((f) => /\.(ts|svelte)$/.test(f) && f !== 'AtlasMap.svelte')
	.map((f) => join(LIB, 'map', f));

describe('maplibre-gl stays behind the lazy AtlasMap', () => {
	it.each(mapFiles.map((f) => [f.slice(ROOT.length + 1), f]))(
		'%s does not import maplibre-gl',
		(_, file) => {
			expect([...packagesReached(file)].filter((p) => p.startsWith('maplibre-gl'))).toEqual([]);
		}
	);

	it('AtlasMap itself does import it (so the check above can fail)', () => {
		expect([...packagesReached(join(LIB, 'map/AtlasMap.svelte'))]).toContain('maplibre-gl');
	});
});
