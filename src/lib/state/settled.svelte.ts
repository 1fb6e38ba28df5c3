import { untrack } from 'svelte';

/** How long a value must stay unchanged to count as settled, ms. */
export const SETTLE_MS = 150;

/**
 * A value that follows another once it stops changing: a pan or a zoom sets the view on every
 * frame, and what is costly to redo (the map's markers, the event list, the timeline's buttons)
 * follows the view only when it rests. Make it while a component initialises (it owns an effect).
 */
export class Settled<T> {
	current = $state.raw<T>() as T;

	constructor(read: () => T, ms = SETTLE_MS) {
		this.current = untrack(read);
		$effect(() => {
			const value = read();
			if (value === untrack(() => this.current)) return;
			const timer = setTimeout(() => (this.current = value), ms);
			return () => clearTimeout(timer);
		});
	}
}
