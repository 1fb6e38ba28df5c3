import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getTextDirection } from '$lib/paraglide/runtime';
import { resolve as resolvePath } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import { notFoundNoscript } from '$lib/ui/notFoundNoscript';

/** SvelteKit renders the static host's 404.html (the SPA fallback) at this path. */
const FALLBACK_PATH = '/[fallback]';

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => {
				const page = html
					.replace('%paraglide.lang%', locale)
					.replace('%paraglide.dir%', getTextDirection(locale));
				if (event.url.pathname !== FALLBACK_PATH) return page;
				// The fallback is an empty shell; readers without JavaScript still get the 404 text.
				const message = notFoundNoscript({
					title: m.app_not_found_title({}, { locale }),
					text: m.app_not_found_text({}, { locale }),
					back: m.app_back_home({}, { locale }),
					home: resolvePath('/')
				});
				return page.replace(/<body[^>]*>/, (body) => body + message);
			}
		});
	});
