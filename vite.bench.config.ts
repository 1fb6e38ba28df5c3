/**
 * The bench pages, built apart from the site: `npm run build:bench` writes them to build-bench/
 * (the timeline at /bench/timeline and /en/bench/timeline), which only the benchmarks and the
 * browser tests serve, beside build/. The site's build (vite.config.ts) never sees them, so
 * neither they nor the synthetic event generator they use ship.
 */
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { withWarmIntl } from './src/bench/withWarmIntl';
import { PARAGLIDE_OPTIONS } from './src/lib/i18n/paraglideOptions';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
	root: at('./src/bench/site'),
	base: '/',
	plugins: [
		// Its paths are relative to Vite's root, which is the pages' folder here.
		paraglideVitePlugin({
			...PARAGLIDE_OPTIONS,
			project: at('./project.inlang'),
			outdir: at('./src/lib/paraglide')
		}),
		// Not svelte.config.js: that one is SvelteKit's (adapter, CSP, prerendering).
		svelte({ configFile: false, preprocess: vitePreprocess() }),
		// The site's head starts loading locale data in a worker before its scripts run; so do these.
		{
			name: 'bench-warm-intl',
			transformIndexHtml: {
				order: 'pre',
				handler: (html) => withWarmIntl(html, readFileSync(at('./src/app.html'), 'utf8'))
			}
		}
	],
	resolve: {
		alias: {
			$lib: at('./src/lib'),
			// The timeline's status sources link article texts through it (appHref.ts).
			'$app/paths': at('./src/bench/appPaths.ts')
		}
	},
	build: {
		outDir: at('./build-bench'),
		emptyOutDir: true,
		// Apart from the site's /_app/ assets, whatever server puts the two folders side by side.
		assetsDir: 'bench-assets',
		rollupOptions: {
			input: [
				at('./src/bench/site/bench/timeline.html'),
				at('./src/bench/site/en/bench/timeline.html')
			]
		}
	}
});
