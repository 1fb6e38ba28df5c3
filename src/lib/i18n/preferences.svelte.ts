/**
 * The reader's display preferences: the page's language (from the URL) and the digits they
 * choose. Shared through context so the timeline, map and detail format alike. The choice is
 * kept in localStorage and restored after hydration, so prerendered HTML always carries the
 * language's default and hydration never disagrees with it.
 */
import { getContext, setContext } from 'svelte';
import { defaultDigits, isDigitStyle, withDigits, type DigitStyle } from './digits';
import type { DateStyle } from './formatEventDate';

const KEY = 'csto-atlas-digits';

export class Preferences {
	readonly lang: 'ar' | 'en';
	#chosen = $state<DigitStyle | null>(null);

	constructor(lang: string) {
		this.lang = lang === 'en' ? 'en' : 'ar';
	}

	get digits(): DigitStyle {
		return this.#chosen ?? defaultDigits();
	}

	/** An Intl locale tag carrying the digits: "ar-u-nu-latn". English reads day-month-year. */
	get intlLocale(): string {
		return withDigits(this.lang === 'en' ? 'en-GB' : 'ar', this.digits);
	}

	get dateStyle(): DateStyle {
		return { locale: this.lang, digits: this.digits };
	}

	setDigits(style: DigitStyle): void {
		this.#chosen = style;
		try {
			localStorage.setItem(KEY, style);
		} catch {
			// Private mode or storage off: the choice lasts for this page only.
		}
	}

	/** Reads a stored choice; call once in the browser after hydration. */
	restore(): void {
		try {
			const stored = localStorage.getItem(KEY);
			if (isDigitStyle(stored)) this.#chosen = stored;
		} catch {
			// No storage: keep the default.
		}
	}
}

const CONTEXT = Symbol('preferences');

export function setPreferences(preferences: Preferences): Preferences {
	return setContext(CONTEXT, preferences);
}

/** The page's preferences; outside a page (a component rendered alone) the language's defaults. */
export function getPreferences(lang = 'ar'): Preferences {
	return getContext<Preferences | undefined>(CONTEXT) ?? new Preferences(lang);
}
