/**
 * `read` remembered for as long as the page's address stays the same. Paraglide's `getLocale`
 * reads the language from the address through URL patterns on every call, and the first screen
 * calls it hundreds of times (every message, every link): about 30 ms of hydration on a phone,
 * for an answer that changes only with the address.
 */
export function memoByHref<T>(read: () => T, href: () => string): () => T {
	let last: string | undefined;
	let value!: T;
	return () => {
		const now = href();
		if (now !== last) {
			value = read();
			last = now;
		}
		return value;
	};
}
