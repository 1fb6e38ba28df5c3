// `npm run geo`: (re)writes the map's country geometry from the installed Natural Earth data.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { COUNTRIES_PATH, writeCountries } from './writeCountries';

const out = resolve(process.argv[2] ?? COUNTRIES_PATH);
const bytes = writeCountries(out);
const gzipped = gzipSync(readFileSync(out)).length;
console.log(`wrote ${out}: ${(bytes / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzip`);
