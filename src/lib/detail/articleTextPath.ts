import { textsDir } from '$lib/model/setPaths';

/**
 * Where the build step puts an article's full text, in the generation its event set names;
 * source offsets index into exactly this text.
 */
export function articleTextPath(articleId: string, generation?: string): string {
	return `/data/${textsDir(generation)}/${encodeURIComponent(articleId)}.txt`;
}
