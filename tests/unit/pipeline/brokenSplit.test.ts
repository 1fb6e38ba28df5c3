/**
 * A set the build validated whole is not run through the schema a second time when it is
 * written: only what splitting adds is checked. A broken split (here: splitEventSet made to lose
 * an event's details) is still refused, and the set written before stays whole.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { SplitEventSet } from '$lib/model/splitEventSet';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { wasValidated } from '$lib/pipeline/validatedSets';
import { writeEventSet } from '$lib/pipeline/writeEventSet';

const spoil = vi.hoisted(() => ({ on: false }));
vi.mock('$lib/model/splitEventSet', async (original) => {
	const real = await original<typeof import('$lib/model/splitEventSet')>();
	return {
		...real,
		splitEventSet: (...args: Parameters<typeof real.splitEventSet>): SplitEventSet => {
			const split = real.splitEventSet(...args);
			if (spoil.on) split.chunks.values().next().value!.events.shift();
			return split;
		}
	};
});

const work = mkdtempSync(join(tmpdir(), 'csto-broken-split-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writing a validated set', () => {
	it('refuses a split that lost an event, and leaves the set written before', () => {
		const out = join(work, 'events.json');
		const result = buildEventSet('tests/corpora/dev');
		expect(wasValidated(result.eventSet)).toBe(true);
		writeEventSet(result, out);
		const before = readFileSync(out, 'utf8');
		const again = buildEventSet('tests/corpora/dev');
		spoil.on = true;
		try {
			expect(() => writeEventSet(again, out)).toThrow(/invalid index or details/);
		} finally {
			spoil.on = false;
		}
		expect(readFileSync(out, 'utf8')).toBe(before);
	});
});
