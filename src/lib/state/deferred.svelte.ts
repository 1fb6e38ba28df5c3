import { untrack } from 'svelte';
import { afterPaint } from '$lib/ui/afterPaint';
import { latestAfter } from './latestAfter';

/**
 * A value that follows another after the next paint instead of before it: what is derived from
 * it (the overview strip, the map's places, the event list) is then redone in the task after the
 * frame, so a filter's click paints what it shows at once (the timeline) and the secondary views
 * a frame later. Only the latest value is taken. Make it while a component initialises (it owns
 * an effect).
 */
export class Deferred<T> {
	current = $state.raw<T>() as T;

	constructor(read: () => T, wait: () => Promise<void> = afterPaint) {
		this.current = untrack(read);
		const later = latestAfter(wait);
		$effect(() => {
			const value = read();
			// Back to what is shown already: the cleanup has cancelled any pending value.
			if (value === untrack(() => this.current)) return;
			return later(() => (this.current = value));
		});
	}
}
