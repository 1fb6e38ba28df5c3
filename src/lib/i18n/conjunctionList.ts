const formats = new Map<string, Intl.ListFormat>();

/**
 * Names joined as a list in the locale ("Armenia, Belarus and Russia", "أرمينيا وبيلاروس
 * وروسيا"), through one formatter per locale: prerendering renders an event's detail on every
 * event page (some 60,000 at 10,000 events), and a formatter made per page cost more than its use.
 */
export function conjunctionList(locale: string, names: string[]): string {
	let format = formats.get(locale);
	if (!format) formats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
	return format.format(names);
}
