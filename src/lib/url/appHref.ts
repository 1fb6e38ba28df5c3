import { asset, resolve } from '$app/paths';
import type { Asset, Pathname } from '$app/types';
import { deLocalizeHref, localizeHref, type Locale } from '$lib/paraglide/runtime';

/**
 * An internal link in the page's language under the site's base path. Components use this instead
 * of calling `resolve` themselves (hence the lint rule is silenced where they do): the path must
 * be localised before the base goes in front of it.
 */
export function appHref(path: string, locale?: Locale): string {
	const localized = localizeHref(path, locale ? { locale } : undefined);
	// The site has no trailing slashes (trailingSlash: 'never'): "/en/" is prerendered as en.html.
	return resolve(localized.replace(/(.)\/(?=$|[?#])/, '$1') as Pathname);
}

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
