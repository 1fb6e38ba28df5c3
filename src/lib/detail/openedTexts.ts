import { getContext, setContext } from 'svelte';

const KEY = Symbol('opened article texts');

/**
 * The article texts a reader has opened in a page's detail, each with its text once loaded. The
 * detail is made again under the reader: when the explorer takes over the prerendered page, and
 * when an event's sentences arrive. Its article texts read this to stay open as the reader left
 * them, their text shown at once, instead of closing.
 */
export class OpenedTexts {
	readonly #texts = new Map<string, string | null>();
	readonly #limit: number;

	/** `limit`: how many texts are kept; the one opened longest ago goes first. */
	constructor(limit = 16) {
		this.#limit = limit;
	}

	isOpen(key: string): boolean {
		return this.#texts.has(key);
	}

	/** The text loaded for an opened key, null while it loads or when the key is closed. */
	text(key: string): string | null {
		return this.#texts.get(key) ?? null;
	}

	open(key: string): void {
		if (this.#texts.has(key)) return;
		this.#texts.set(key, null);
		for (const oldest of this.#texts.keys()) {
			if (this.#texts.size <= this.#limit) break;
			this.#texts.delete(oldest);
		}
	}

	/** Keeps a loaded text, only while its key is open (closed meanwhile, it is not wanted). */
	loaded(key: string, text: string): void {
		if (this.#texts.has(key)) this.#texts.set(key, text);
	}

	close(key: string): void {
		this.#texts.delete(key);
	}
}

/** Gives the parts inside (made again or not) one memory of the texts opened on this page. */
export function provideOpenedTexts(): OpenedTexts {
	return setContext(KEY, new OpenedTexts());
}

/** The page's memory of opened texts, or null where no page provides one. */
export function openedTexts(): OpenedTexts | null {
	return getContext<OpenedTexts | undefined>(KEY) ?? null;
}
