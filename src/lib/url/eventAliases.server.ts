/**
 * The former event ids the build step wrote (`events.aliases.json`, see
 * pipeline/merge/formerIds.ts): a link shared while less was known about an event still opens
 * it. Re-read when the file changes, so a dev server follows rebuilds.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

export const ALIASES_FILE = 'static/data/events.aliases.json';

let cached: { stamp: string; aliases: Record<string, string> } | null = null;

export function readEventAliases(file = ALIASES_FILE): Record<string, string> {
	const path = resolve(file);
	let stamp: string;
	try {
		const s = statSync(path);
		stamp = `${path}:${s.size}:${s.mtimeMs}`;
	} catch {
		return {};
	}
	if (cached?.stamp === stamp) return cached.aliases;
	let aliases: Record<string, string> = {};
	try {
		const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
		if (typeof data === 'object' && data !== null && !Array.isArray(data))
			aliases = Object.fromEntries(
				Object.entries(data).filter(
					(kv): kv is [string, string] => typeof kv[1] === 'string' && /^[a-z0-9-]+$/.test(kv[0])
				)
			);
	} catch {
		// A broken aliases file costs the old links, not the site.
	}
	cached = { stamp, aliases };
	return aliases;
}
