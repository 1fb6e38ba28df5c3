import { describe, expect, it } from 'vitest';
import { defaultThreads } from '$lib/pipeline/parallel/defaultThreads';

describe('defaultThreads', () => {
	it.each([
		[1, 1],
		[2, 1],
		[3, 3],
		[8, 8]
	])('extracts on %i cores with %i threads', (cores, threads) => {
		expect(defaultThreads(cores)).toBe(threads);
	});
});
