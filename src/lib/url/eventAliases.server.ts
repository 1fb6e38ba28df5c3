/**
 * The former event ids the build step wrote with an event set (`sets/<generation>/aliases.json`
 * beside it, see pipeline/merge/formerIds.ts): a link shared while less was known about an event
 * still opens it. Read from the generation the event set names, so the aliases always belong to
 * the set being served; re-read when it changes, so a dev server follows rebuilds.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { aliasesFile } from '$lib/model/setPaths';
import { EVENTS_FILE } from '$lib/ui/eventSetFile.server';

let cached: { path: string; aliases: Record<string, string> } | null = null;

export function readEventAliases(
	generation: string | undefined,
	eventsFile = EVENTS_FILE
): Record<string, string> {
	if (generation === undefined) return {};
	// A generation never changes once written (its name is its content's hash).
	const path = join(dirname(resolve(eventsFile)), aliasesFile(generation));
	if (cached?.path === path) return cached.aliases;
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
		// A missing or broken aliases file costs the old links, not the site.
		return {};
	}
	cached = { path, aliases };
	return aliases;
}
