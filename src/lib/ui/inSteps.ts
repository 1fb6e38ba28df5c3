import { yieldToBrowser } from './yieldToBrowser';

/**
 * Calls `step(1)` … `step(count)` in order, each after `pause()` (by default a yield to the
 * browser), so each runs in its own task; stops for good once `live()` is false (the page left).
 * Resolves true when every step ran.
 */
export async function inSteps(
	count: number,
	step: (n: number) => void,
	live: () => boolean,
	pause: () => Promise<void> = yieldToBrowser
): Promise<boolean> {
	for (let n = 1; n <= count; n++) {
		await pause();
		if (!live()) return false;
		step(n);
	}
	return true;
}
