import { createHash } from 'node:crypto';

/**
 * A bench page's HTML with the site's Intl-warming script (app.html's inline script that starts
 * the worker, see src/lib/ui/warmIntl.ts) in its head, before its own module, and its policy
 * allowing exactly that script and the worker's blob: URL, as the site's does. Without it the
 * bench page made the browser's first formatter on the page's thread inside the timeline's mount
 * (30–35 ms of loading locale data on this machine), a cost the site does not pay there.
 */
export function withWarmIntl(html: string, appHtml: string): string {
	const script = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1] ?? '')
		.find((s) => s.includes('new Worker'));
	if (script === undefined) throw new Error('app.html starts no worker');
	const moduleAt = html.search(/<script\b[^>]*type="module"/);
	if (moduleAt < 0) throw new Error('the bench page has no module script');
	const policy = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/;
	if (!policy.test(html) || !/script-src 'self'/.test(html.match(policy)?.[2] ?? ''))
		throw new Error("the bench page has no policy with script-src 'self'");
	const hash = createHash('sha256').update(script).digest('base64');
	const withScript = `${html.slice(0, moduleAt)}<script>${script}</script>\n\t\t${html.slice(moduleAt)}`;
	return withScript.replace(
		policy,
		(_, open: string, content: string) =>
			`${open}${content.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'; worker-src 'self' blob:`)}"`
	);
}
