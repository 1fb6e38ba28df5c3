/**
 * The script of a throwaway worker that makes one date, number and list formatter per locale.
 * Locale data is loaded once per browser process, whichever thread asks first: asked there, off the
 * page's thread, the page's first formatters then cost nothing (measured: 39–49 ms cold on this
 * machine, under 1 ms after the worker), where on a mid-range phone the first one is a
 * main-thread task of some 150 ms. app.html starts the worker with this script as it parses the
 * page's head, so that it is done before hydration, whose page title and description are dates
 * on an event's page; a unit test holds app.html's copy to this text.
 */
export function warmIntlSource(locales: readonly string[]): string {
	return `for (const l of ${JSON.stringify(locales)}) {
	try {
		new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(0);
		new Intl.NumberFormat(l).format(2023);
		new Intl.ListFormat(l, { type: 'conjunction' }).format(['a', 'b']);
	} catch {}
}
close();`;
}
