/**
 * Where the build step writes, from the event set's path. Beside the event set, its index
 * (`events.index.json`) and `sets/`, which holds its generations (`sets/<generation>/articles/<id>.txt`,
 * `sets/<generation>/aliases.json` and `sets/<generation>/details/<chunk>.json`, see
 * model/setPaths.ts) and the manifest of the generations the step wrote, so it only ever
 * removes what it created. The report is not published: it goes where `--report` says.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { aliasesFile, indexFileOf, SETS_DIR, textsDir } from '../../model/setPaths';

export interface OutputPaths {
	events: string;
	/** The explorer's index of the event set, beside it (model/setPaths.ts). */
	index: string;
	/** The folder of generations. */
	sets: string;
	manifest: string;
	/** What earlier versions of the step wrote beside the event set, cleared once it switches. */
	legacy: { texts: string; manifest: string; aliases: string; report: string };
}

export const MANIFEST_NAME = '.written-by-events.json';

/** Where the report goes unless told otherwise: a project folder that is never published. */
export const DEFAULT_REPORT = 'reports/events.report.json';

export function outputPaths(out: string): OutputPaths {
	const events = resolve(out);
	const dir = dirname(events);
	const sets = join(dir, SETS_DIR);
	const legacyTexts = join(dir, 'articles');
	return {
		events,
		index: indexFileOf(events),
		sets,
		manifest: join(sets, MANIFEST_NAME),
		legacy: {
			texts: legacyTexts,
			manifest: join(legacyTexts, MANIFEST_NAME),
			aliases: join(dir, `${basename(events, '.json')}.aliases.json`),
			report: join(dir, `${basename(events, '.json')}.report.json`)
		}
	};
}

/** A generation's folder, texts folder and aliases file. */
export function generationPaths(out: string, generation: string) {
	const dir = dirname(resolve(out));
	return {
		dir: join(dir, SETS_DIR, generation),
		texts: join(dir, textsDir(generation)),
		aliases: join(dir, aliasesFile(generation))
	};
}
