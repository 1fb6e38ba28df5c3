/**
 * A usage error when what the build step writes is, or would land inside, or would contain its
 * input: `--out events.json` in the project root would make `articles/` (the corpus itself) the
 * folder where earlier versions kept their texts, `--out articles/metadata.json` would replace
 * the editor's metadata, `--report articles/r.json` would land in the corpus.
 */
import { relative, sep } from 'node:path';
import { outputPaths } from './outputPaths';
import { realPathOf } from './realPathOf';

function inside(child: string, parent: string): boolean {
	const r = relative(parent, child);
	return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && r !== '..');
}

/** The message of the usage error, or null when output and input are apart. */
export function outputOverlapsInput(
	articlesDir: string,
	out: string,
	report?: string
): string | null {
	const corpus = realPathOf(articlesDir);
	const paths = outputPaths(out);
	const named: [string, string][] = [
		['the event set', paths.events],
		['the generations folder', paths.sets],
		// Earlier versions of the step kept texts there; what they listed is cleared on the switch.
		['the texts folder of earlier versions', paths.legacy.texts],
		...(report === undefined ? [] : ([['the report', report]] as [string, string][]))
	];
	for (const [what, path] of named) {
		const real = realPathOf(path);
		if (inside(real, corpus) || inside(corpus, real))
			return `${what} would be written to ${real}, which is or holds the articles directory ${corpus}; choose ${what === 'the report' ? 'a --report outside the corpus' : 'an --out in a folder apart from the corpus (the step writes "sets/" beside the event set and owns "articles/" there)'}`;
	}
	return null;
}
