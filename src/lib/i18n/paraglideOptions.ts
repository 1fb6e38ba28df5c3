/**
 * The message compiler's options, shared by the app's Vite config and the bench pages' (so a
 * bench page at /en/… is in English, as a page of the app would be).
 *
 * The language is in the URL, always: /ar/… and /en/…. A bare path renders in the base language
 * for readers without JavaScript, and app.html sends everyone else on to the language they chose
 * before or their browser's. Locale never comes from a cookie or the browser here, so hydration
 * always agrees with the prerendered HTML.
 */
export const PARAGLIDE_OPTIONS = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['url', 'baseLocale'] as ('url' | 'baseLocale')[],
	urlPatterns: [
		{
			pattern: ':protocol://:domain(.*)::port?/:path(.*)?',
			localized: [
				['ar', ':protocol://:domain(.*)::port?/ar/:path(.*)?'],
				['en', ':protocol://:domain(.*)::port?/en/:path(.*)?']
			] as [string, string][]
		}
	]
};
