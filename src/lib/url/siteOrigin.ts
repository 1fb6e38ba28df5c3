/**
 * Where the site is published (scheme, host and port, no path), for the absolute addresses that
 * search engines and link previews need: hreflang alternates, canonical links, og:url. Set
 * `VITE_SITE_ORIGIN` when building; the default is only right for the project's own host.
 */
export const DEFAULT_SITE_ORIGIN = 'https://csto-atlas.org';

/** The configured origin, checked: anything but an http(s) origin falls back to the default. */
export function siteOrigin(configured: string | undefined): string {
	if (!configured) return DEFAULT_SITE_ORIGIN;
	try {
		const url = new URL(configured);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return DEFAULT_SITE_ORIGIN;
		return url.origin;
	} catch {
		return DEFAULT_SITE_ORIGIN;
	}
}

/** An absolute address on the site for a root-relative href ("/en/events/…"). */
export function absoluteHref(href: string, origin: string): string {
	return new URL(href, `${origin}/`).href;
}
