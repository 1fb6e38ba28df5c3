/** Escapes text for a double-quoted HTML attribute. */
function attr(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/**
 * The iframe another page pastes to show the explorer: `url` should already carry `embed=1`.
 * No script, no styles beyond a border reset, lazy-loaded, named for assistive technology.
 */
export function embedSnippet(url: string, title: string, height = 720): string {
	return `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}
