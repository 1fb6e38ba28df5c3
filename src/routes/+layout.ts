import { browser } from '$app/environment';
import { afterPaintIfShown } from '$lib/ui/afterPaint';

export const prerender = true;
export const trailingSlash = 'never';

/**
 * In the browser, hydration waits for the prerendered page to be painted: when the scripts are
 * already at hand (a repeat visit, a fast link) they would otherwise run first, and a phone
 * would show nothing until hydrating the whole page is done. (Locale data for its dates is
 * already loading in a worker started by app.html; see warmIntl.ts.)
 */
export async function load() {
	if (browser) await afterPaintIfShown();
	return {};
}
