import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { PARAGLIDE_OPTIONS } from './src/lib/i18n/paraglideOptions';
import { geoPlugin } from './src/lib/map/build/vitePlugin';
import { eventsPlugin } from './src/lib/pipeline/vitePlugin';

export default defineConfig({
	plugins: [
		// Writes static/data/geo/countries.json when missing or stale (unit tests build it in memory).
		!process.env.VITEST && geoPlugin(),
		// Builds static/data/events.json from articles/ before dev and build; rebuilds on save in dev.
		// CSTO_ARTICLES points it at another corpus (the dev-server test uses a scratch copy).
		// CSTO_PREBUILT=1 publishes static/data as it stands, without running the build step (the
		// build benchmark writes a generated event set there, in a temporary copy of the project).
		!process.env.VITEST &&
			process.env.CSTO_PREBUILT !== '1' &&
			eventsPlugin({ articles: process.env.CSTO_ARTICLES }),
		// Unit tests import no messages; the compiler's file watcher would keep Vitest from exiting.
		!process.env.VITEST && paraglideVitePlugin(PARAGLIDE_OPTIONS),
		sveltekit()
	],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Dates are UTC in code; pinning the zone makes any accidental local-time parse fail loudly.
		env: { TZ: 'Asia/Yerevan' },
		// Some tests build whole corpora or lay out 100,000 events: a limit, not a speed check (the
		// benchmarks measure speed), generous enough for a machine busy with other work.
		testTimeout: 60_000
	}
});
