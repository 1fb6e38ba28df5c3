import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: '404.html', strict: true }),
		prerender: {
			// Every event page is reached through links from the home page and the event list.
			entries: ['*'],
			handleMissingId: 'warn'
		}
	}
};

export default config;
