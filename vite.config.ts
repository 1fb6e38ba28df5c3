import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { geoPlugin } from './src/lib/map/build/vitePlugin';
import { eventsPlugin } from './src/lib/pipeline/vitePlugin';

export default defineConfig({
	plugins: [
		// Writes static/data/geo/countries.json when missing or stale (unit tests build it in memory).
		!process.env.VITEST && geoPlugin(),
		// Builds static/data/events.json from articles/ before dev and build; rebuilds on save in dev.
		!process.env.VITEST && eventsPlugin(),
		// Unit tests import no messages; the compiler's file watcher would keep Vitest from exiting.
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['url', 'cookie', 'preferredLanguage', 'baseLocale']
			}),
		sveltekit()
	],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Dates are UTC in code; pinning the zone makes any accidental local-time parse fail loudly.
		env: { TZ: 'Asia/Yerevan' }
	}
});
