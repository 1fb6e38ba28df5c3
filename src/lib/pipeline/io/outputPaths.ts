/**
 * Where the build step writes, from the event set's path: the report beside it, the article
 * texts in `articles/` beside it (the app fetches `data/articles/<id>.txt`), and in that folder
 * the manifest of the texts the step wrote, so it only ever removes files it created.
 */
import { basename, dirname, join, resolve } from 'node:path';

export interface OutputPaths {
	events: string;
	/** Former event id → id (see merge/formerIds.ts), read by the event pages. */
	aliases: string;
	report: string;
	texts: string;
	manifest: string;
}

export const MANIFEST_NAME = '.written-by-events.json';

export function outputPaths(out: string): OutputPaths {
	const events = resolve(out);
	const dir = dirname(events);
	const texts = join(dir, 'articles');
	return {
		events,
		aliases: join(dir, `${basename(events, '.json')}.aliases.json`),
		report: join(dir, `${basename(events, '.json')}.report.json`),
		texts,
		manifest: join(texts, MANIFEST_NAME)
	};
}
