import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** Matches no route, so a malformed path renders the ordinary 404 page. */
export const MALFORMED_PATH = '/__malformed-path';

export const reroute: Reroute = (request) => {
	// SvelteKit decodes the path with decodeURI, which throws on bad percent-encoding
	// ('/en/events/%'): an uncaught page error instead of "not found".
	try {
		decodeURI(request.url.pathname);
	} catch {
		return MALFORMED_PATH;
	}
	return deLocalizeUrl(request.url).pathname;
};
