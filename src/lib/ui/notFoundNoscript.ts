const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface NotFoundText {
	title: string;
	text: string;
	back: string;
	/** Link to the home page. */
	home: string;
}

/**
 * The not-found message as static HTML for the fallback page (404.html). That page is an empty
 * shell the client router fills in; without JavaScript it would be blank, so this is put in a
 * `<noscript>` at the top of its body.
 */
export function notFoundNoscript({ title, text, back, home }: NotFoundText): string {
	return (
		'<noscript><main style="max-inline-size:40rem;margin:2rem auto;padding:0 1rem">' +
		`<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>` +
		`<p><a href="${escapeHtml(home)}">${escapeHtml(back)}</a></p></main></noscript>`
	);
}
