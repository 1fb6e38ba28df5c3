// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** The explorer's view as an unlocalised href, kept with each shallow history entry. */
			explorerHref?: string;
		}
		// interface Platform {}
	}
}

export {};
