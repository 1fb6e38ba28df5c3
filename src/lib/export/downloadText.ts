/**
 * Saves text as a file through a Blob URL (allowed by the page's CSP, which forbids other
 * origins): a temporary link is clicked and the URL revoked once the browser has taken it.
 */
export function downloadText(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
