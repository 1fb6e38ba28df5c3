/**
 * The script of a throwaway worker that makes one date, number and list formatter per locale.
 * Locale data is loaded once per browser process, whichever thread asks first: asked here, off the
 * page's thread while the event set downloads, the timeline's first formatters then cost nothing,
 * where on a mid-range phone the first one is a main-thread task of some 150 ms.
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

/** Starts that worker; a browser that refuses it (no Worker, a policy) simply stays cold. */
export function warmIntl(locales: readonly string[]): void {
	try {
		const url = URL.createObjectURL(
			new Blob([warmIntlSource(locales)], { type: 'text/javascript' })
		);
		const worker = new Worker(url);
		worker.addEventListener('error', () => worker.terminate());
		// Revoked once the worker has it; the worker itself ends when done.
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
	} catch {
		// Nothing to undo: the formatters are made on the page's thread, as without it.
	}
}
