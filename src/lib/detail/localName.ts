import type { Bilingual } from '$lib/model/schema';

/** The text in the page's language, and the other language's text to show beside it. */
export function localName(
	text: Bilingual,
	locale: string
): { main: string; other: string; otherLang: 'ar' | 'en' } {
	return locale === 'ar'
		? { main: text.ar, other: text.en, otherLang: 'en' }
		: { main: text.en, other: text.ar, otherLang: 'ar' };
}
