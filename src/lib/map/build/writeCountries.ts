// Node side of the geometry build, shared by the CLI and the Vite plugin.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { buildCountries } from './buildCountries';
import { isStale } from './isStale';

const here = dirname(fileURLToPath(import.meta.url));

/** Where the app fetches the geometry from, relative to the project root. */
export const COUNTRIES_PATH = 'static/data/geo/countries.json';

export function topologyPath(): string {
	return createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
}

/** The Natural Earth file and this folder's own code: a change to either rebuilds. */
export function inputFiles(): string[] {
	const code = readdirSync(here)
		.filter((f) => f.endsWith('.ts'))
		.map((f) => join(here, f));
	return [topologyPath(), ...code, resolve(here, '../../model/members.ts')];
}

export function countriesStale(outFile: string): boolean {
	let out: number | null = null;
	try {
		out = statSync(outFile).mtimeMs;
	} catch {
		out = null;
	}
	return isStale(
		out,
		inputFiles().map((f) => statSync(f).mtimeMs)
	);
}

/** Builds and writes the country geometry; returns its size in bytes. */
export function writeCountries(outFile: string): number {
	const topology = JSON.parse(readFileSync(topologyPath(), 'utf8')) as Topology;
	const json = JSON.stringify(buildCountries(topology));
	mkdirSync(dirname(outFile), { recursive: true });
	writeFileSync(outFile, json);
	return Buffer.byteLength(json);
}
