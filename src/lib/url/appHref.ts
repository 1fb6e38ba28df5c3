import { asset, resolve } from '$app/paths';
import type { Asset, Pathname } from '$app/types';
import { deLocalizeHref, getLocale, localizeHref, type Locale } from '$lib/paraglide/runtime';

/**
 * Links made, by language and path: Paraglide localises through URL patterns, some 0.1 ms a
 * link on a phone, and a page asks for the same few links again and again (the header's, every
 * event's, its own for the other language).
 */
const made = new Map<string, string>();

/** A file shipped from static/ (data, article texts), under the base path. */
export function assetHref(path: string): string {
	return asset(path as Asset);
}

/** The unlocalised path and query of an absolute URL of this site, as `viewHref` writes them. */
export function appPathOf(url: URL): string {
	const base = resolve('/').replace(/\/$/, '');
	const path = url.pathname.startsWith(base + '/') ? url.pathname.slice(base.length) : url.pathname;
	return deLocalizeHref(path + url.search);
}

/**
 * An internal link in the page's language under the site's base path. Components use this instead
 * of calling `resolve` themselves (hence the lint rule is silenced where they do): the path must
 * be localised before the base goes in front of it.
 */
export function appHref(path: string, locale: Locale = getLocale()): string {
	const key = `${locale} ${path}`;
	let href = made.get(key);
	if (href === undefined) {
		const localized = localizeHref(path, { locale });
		// The site has no trailing slashes (trailingSlash: 'never'): "/en/" is prerendered as en.html.
		href = resolve(localized.replace(/(.)\/(?=$|[?#])/, '$1') as Pathname);
		// Views' addresses are many while panning: the memo is kept small.
		if (made.size >= 500) made.clear();
		made.set(key, href);
	}
	return href;
}
