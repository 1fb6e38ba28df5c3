import { fileURLToPath } from 'node:url';
import { ExtractionCache } from './extractionCache';
import { rulesVersion } from './rulesVersion';

/** Where tools keep their caches: inside node_modules, never published, never committed. */
export const DEFAULT_CACHE_FILE = fileURLToPath(
	new URL('../../../../node_modules/.cache/csto-atlas/extractions.bin', import.meta.url)
);

/** The extraction cache for the current rules; null when their version cannot be told. */
export function openCache(file = DEFAULT_CACHE_FILE): ExtractionCache | null {
	const rules = rulesVersion();
	return rules === null ? null : new ExtractionCache(file, rules);
}
