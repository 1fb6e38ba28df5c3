/** Where the build step puts an article's full text; source offsets index into exactly this text. */
export function articleTextPath(articleId: string): string {
	return `/data/articles/${encodeURIComponent(articleId)}.txt`;
}
