/**
 * A corpus directory that is missing, not a directory, unreadable or without a single `.txt`
 * file is a usage error: `--articles artciles` must not build an empty event set over a good one.
 */
import { readdirSync, statSync } from 'node:fs';

/** The message of the usage error, or null when the directory holds at least one article. */
export function corpusProblem(dir: string): string | null {
	try {
		if (!statSync(dir).isDirectory())
			return `${dir} is not a directory; pass the folder of articles with --articles`;
		if (!readdirSync(dir).some((n) => n.toLowerCase().endsWith('.txt')))
			return `${dir} holds no .txt articles; pass the folder of articles with --articles, or add UTF-8 .txt files to it`;
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		const why =
			code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (e as Error).message})`;
		return `${dir} ${why}; pass the folder of articles with --articles`;
	}
	return null;
}
