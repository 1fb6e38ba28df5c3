import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { COUNTRIES_PATH, countriesStale, writeCountries } from './writeCountries';

/**
 * Writes static/data/geo/countries.json at the start of `vite dev` and `vite build` when it is
 * missing or older than its inputs, so a fresh clone needs no separate step. The file is
 * gitignored: it is derived data.
 */
export function geoPlugin(outFile = COUNTRIES_PATH): Plugin {
	return {
		name: 'csto-atlas-geo',
		buildStart() {
			const out = resolve(outFile);
			if (!countriesStale(out)) return;
			const bytes = writeCountries(out);
			this.info?.(`wrote ${outFile} (${(bytes / 1024).toFixed(1)} KiB)`);
		}
	};
}
