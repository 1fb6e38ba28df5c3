/**
 * Where one generation of the build step's output lives, relative to the event set's folder
 * (`static/data/`, published as `/data/`). A generation holds the article texts, the former ids
 * and the events' details of one event set and is named by a hash of its content; the event set
 * and its index name their generation, so a reader of either always finds the texts, aliases and
 * details written with it, and switching the set is a rename of each (see
 * pipeline/writeEventSet.ts).
 */
export const SETS_DIR = 'sets';

export const GENERATION = /^[0-9a-f]{16}$/;

/**
 * The explorer's index of an event set (its events without their sentences), beside it and
 * named after it: `events.json` → `events.index.json`, published as `/data/events.index.json`.
 */
export function indexFileOf(eventsFile: string): string {
	return eventsFile.replace(/(\.json)?$/, '.index.json');
}

/** The texts folder of a generation; without one (an event set from before generations), `articles`. */
export function textsDir(generation: string | undefined): string {
	return generation === undefined ? 'articles' : `${SETS_DIR}/${generation}/articles`;
}

export function aliasesFile(generation: string): string {
	return `${SETS_DIR}/${generation}/aliases.json`;
}

/**
 * The details chunk an event's sentences are in: its date as written, so a day's events share a
 * file (about 90 a day at 100,000 events) and a month- or year-precision date has its own. The
 * index needs no extra field to find an event's details.
 */
export function detailsChunkOf(date: string): string {
	return date;
}

/** The articles' list's path inside its generation's folder (ArticlesFileSchema). */
export const ARTICLES_NAME = 'articles.json';

/** The articles' list's path relative to the event set's folder. */
export function articlesFile(generation: string | undefined): string {
	return generation === undefined ? ARTICLES_NAME : `${SETS_DIR}/${generation}/${ARTICLES_NAME}`;
}

/** A details chunk's path inside its generation's folder. */
export function detailsName(chunk: string): string {
	return `details/${chunk}.json`;
}

/** A details chunk's path relative to the event set's folder. */
export function detailsFile(generation: string | undefined, chunk: string): string {
	return generation === undefined
		? detailsName(chunk)
		: `${SETS_DIR}/${generation}/${detailsName(chunk)}`;
}
