/**
 * `npm run bench:size`: the gzip size of the JavaScript and CSS the home page needs before the
 * map's chunk, read from what the prerendered page itself loads (modulepreload and stylesheet
 * links) in build/. Target: under 150 KB. Run after `npm run build`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = join(process.cwd(), 'build');
const page = join(BUILD, 'ar.html');
if (!existsSync(page)) {
	console.error('build/ar.html is missing: run `npm run build` first');
	process.exit(1);
}
const html = readFileSync(page, 'utf8');
const files = new Set(
	[...html.matchAll(/<link\b[^>]*>/g)]
		.map(([tag]) => ({
			rel: /rel="([^"]+)"/.exec(tag)?.[1],
			href: /href="([^"]+)"/.exec(tag)?.[1]
		}))
		.filter((l) => l.href && (l.rel === 'modulepreload' || l.rel === 'stylesheet'))
		.map((l) => l.href.replace(/^(\.\.?\/)+/, ''))
);
// The entry's own imports (start.js / app.js) are listed as modulepreload by SvelteKit too.
const rows = [...files].map((file) => {
	const bytes = readFileSync(join(BUILD, file));
	return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const sum = (kind) => rows.filter((r) => r.file.endsWith(kind)).reduce((n, r) => n + r.gzip, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mapChunks = readdirSync(join(BUILD, '_app/immutable/chunks'))
	.map((f) => join('_app/immutable/chunks', f))
	.filter((f) => readFileSync(join(BUILD, f), 'utf8').includes('maplibre'));
const mapGzip = mapChunks.reduce(
	(n, f) => n + gzipSync(readFileSync(join(BUILD, f)), { level: 9 }).length,
	0
);
console.log(`| what | gzip |`);
console.log(`| --- | ---: |`);
console.log(
	`| home page JavaScript before the map (${rows.filter((r) => r.file.endsWith('.js')).length} files) | ${kb(sum('.js'))} |`
);
console.log(`| home page CSS | ${kb(sum('.css'))} |`);
console.log(`| **total before the map** (target < 150 KB) | **${kb(sum('.js') + sum('.css'))}** |`);
console.log(`| map chunk(s), loaded lazily (${mapChunks.length}) | ${kb(mapGzip)} |`);
if (mapChunks.some((f) => files.has(f)))
	console.log('warning: a map chunk is preloaded by the home page');
