import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { geoPlugin } from '$lib/map/build/vitePlugin';

const dir = mkdtempSync(join(tmpdir(), 'geo-'));
const out = join(dir, 'geo', 'countries.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runBuildStart() {
	const plugin = geoPlugin(out);
	const hook = plugin.buildStart as unknown as (this: { info: () => void }) => void;
	hook.call({ info: () => {} });
}

describe('geoPlugin', () => {
	it('writes the country geometry when it is missing', () => {
		runBuildStart();
		const fc = JSON.parse(readFileSync(out, 'utf8'));
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features.length).toBeGreaterThan(6);
	});

	it('leaves a fresh file alone', () => {
		const future = new Date(Date.now() + 60_000);
		utimesSync(out, future, future);
		runBuildStart();
		// File systems store mtimes with sub-millisecond float error; untouched means within a millisecond.
		expect(Math.abs(statSync(out).mtimeMs - future.getTime())).toBeLessThan(1);
	});

	it('rewrites a file older than its inputs', () => {
		const past = new Date(Date.UTC(2000, 0, 1));
		utimesSync(out, past, past);
		runBuildStart();
		expect(statSync(out).mtimeMs).toBeGreaterThan(past.getTime());
	});
});
