/**
 * A usage error when what the build step writes is, or would land inside, or would contain its
 * input: `--out events.json` in the project root would put the texts into `articles/` (the
 * corpus itself), `--out articles/metadata.json` would replace the editor's metadata.
 */
import { relative, sep } from 'node:path';
import { outputPaths } from './outputPaths';
import { realPathOf } from './realPathOf';

function inside(child: string, parent: string): boolean {
	const r = relative(parent, child);
	return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && r !== '..');
}

/** The message of the usage error, or null when output and input are apart. */
export function outputOverlapsInput(articlesDir: string, out: string): string | null {
	const corpus = realPathOf(articlesDir);
	const paths = outputPaths(out);
	const named: [string, string][] = [
		['the event set', paths.events],
		['the report', paths.report],
		['the aliases', paths.aliases],
		['the article texts folder', paths.texts]
	];
	for (const [what, path] of named) {
		const real = realPathOf(path);
		if (inside(real, corpus) || inside(corpus, real))
			return `${what} would be written to ${real}, which is or holds the articles directory ${corpus}; choose an --out outside the corpus (its texts go to "articles/" beside it)`;
	}
	return null;
}
