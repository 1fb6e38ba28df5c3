/**
 * Makes the built site work on any static host, without rewrite rules: beside every page
 * `x.html` it writes `x/index.html` with the same bytes (a hard link to it where it can). A host
 * that maps `/x` to `x.html` serves that; one that only knows directories (`python3 -m
 * http.server`, many object stores) redirects `/x` to `/x/` and serves `x/index.html` instead of
 * a directory listing. Pages use absolute asset paths (kit.paths.relative = false), so the copy
 * one level down works as is.
 * Plain JS: svelte.config.js runs it after the static adapter.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Pages that are not routes: the host's error page and the directory pages themselves. */
const SKIP = new Set(['index.html', '404.html']);

/**
 * @param {string} dir the built site
 * @returns {number} how many index pages were written
 */
export function addIndexPages(dir) {
	let written = 0;
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			written += addIndexPages(path);
			continue;
		}
		if (!name.endsWith('.html') || SKIP.has(name)) continue;
		const folder = join(dir, name.slice(0, -'.html'.length));
		const index = join(folder, 'index.html');
		if (existsSync(index)) continue;
		mkdirSync(folder, { recursive: true });
		// A hard link: the same bytes without storing them twice (at 10,000 events some 60,000
		// pages, 2 GB). Copied where the file system cannot link.
		try {
			linkSync(path, index);
		} catch {
			copyFileSync(path, index);
		}
		written++;
	}
	return written;
}
