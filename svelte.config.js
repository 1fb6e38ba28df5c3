import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addIndexPages } from './src/lib/addIndexPages.js';
import { buildVersion } from './src/lib/buildVersion.js';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * Hashes of the inline scripts in app.html (the language redirect): the policy allows exactly
 * them, and SvelteKit adds the hashes of its own bootstrap scripts page by page.
 * @returns {`sha256-${string}`[]}
 */
function appHtmlScriptHashes() {
	const html = readFileSync(`${root}/src/app.html`, 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		(m) =>
			/** @type {`sha256-${string}`} */ (
				`sha256-${createHash('sha256')
					.update(m[1] ?? '')
					.digest('base64')}`
			)
	);
}

const staticAdapter = adapter({ fallback: '404.html', strict: true });

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Then `x/index.html` beside every `x.html`, so hosts without rewrites serve pages, not listings.
		adapter: {
			...staticAdapter,
			async adapt(builder) {
				await staticAdapter.adapt(builder);
				addIndexPages(`${root}/build`);
			}
		},
		// Absolute asset paths: the same page works as `x.html` and as `x/index.html`.
		paths: { relative: false },
		// The first screen's CSS rides in each page's <head>: no render-blocking stylesheet before
		// the first paint on a slow phone link. The threshold is per file; the explorer's own
		// stylesheet (the timeline, tools and detail, about 23 KB, 5 KB gzip) must be under it, and
		// the fonts' rules were trimmed (fonts.css) to pay for most of what it adds to each page.
		inlineStyleThreshold: 24_000,
		prerender: {
			// Every event page is reached through links from the home page and the event list.
			entries: ['*'],
			handleMissingId: 'warn'
		},
		// Same sources, same bytes: no build date in any file.
		version: { name: buildVersion(root) },
		// Prerendered pages carry the policy in a <meta> tag. No inline script runs unless its hash
		// is listed; MapLibre's worker is a blob: URL; the app talks to its own origin only.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes()],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// Svelte and MapLibre set element styles at run time.
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
