/**
 * A one-line citation of an event: its title, its date as given, the atlas and the permalink, in
 * the reader's language: “Title”, 23 November 2023. CSTO Atlas. https://…
 */
export function citeEvent(parts: {
	title: string;
	date: string;
	site: string;
	url: string;
	lang: 'ar' | 'en';
}): string {
	return parts.lang === 'ar'
		? `«${parts.title}»، ${parts.date}. ${parts.site}. ${parts.url}`
		: `“${parts.title}”, ${parts.date}. ${parts.site}. ${parts.url}`;
}
