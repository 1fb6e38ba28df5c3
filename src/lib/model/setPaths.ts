/**
 * Where one generation of the build step's output lives, relative to the event set's folder
 * (`static/data/`, published as `/data/`). A generation holds the article texts and the former
 * ids of one event set and is named by a hash of its content; the event set names its
 * generation, so a reader of an event set always finds the texts and aliases written with it,
 * and switching the set is one rename of the event set (see pipeline/writeEventSet.ts).
 */
export const SETS_DIR = 'sets';

export const GENERATION = /^[0-9a-f]{16}$/;

/** The texts folder of a generation; without one (an event set from before generations), `articles`. */
export function textsDir(generation: string | undefined): string {
	return generation === undefined ? 'articles' : `${SETS_DIR}/${generation}/articles`;
}

export function aliasesFile(generation: string): string {
	return `${SETS_DIR}/${generation}/aliases.json`;
}
