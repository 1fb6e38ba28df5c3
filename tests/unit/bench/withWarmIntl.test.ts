import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withWarmIntl } from '../../../src/bench/withWarmIntl';

const read = (path: string) =>
	readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
const appHtml = read('src/app.html');
const benchPages = ['src/bench/site/bench/timeline.html', 'src/bench/site/en/bench/timeline.html'];

/** The inline scripts of a page, and the policy's script-src and worker-src. */
function parts(html: string) {
	const content = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/)?.[1] ?? '';
	const directive = (name: string) =>
		content
			.split(';')
			.map((d) => d.trim())
			.find((d) => d.startsWith(`${name} `)) ?? '';
	return {
		inline: [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? ''),
		scriptSrc: directive('script-src'),
		workerSrc: directive('worker-src')
	};
}

describe('withWarmIntl', () => {
	it.each(benchPages)('puts app.html’s worker script in %s, before its module', (path) => {
		const html = withWarmIntl(read(path), appHtml);
		const { inline } = parts(html);
		expect(inline).toHaveLength(1);
		expect(inline[0]).toContain('new Worker');
		expect(appHtml).toContain(`<script>${inline[0]}</script>`);
		expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('<script type="module"'));
	});

	it.each(benchPages)('lets %s run exactly that script and a blob: worker', (path) => {
		const html = withWarmIntl(read(path), appHtml);
		const { inline, scriptSrc, workerSrc } = parts(html);
		const hash = createHash('sha256')
			.update(inline[0] ?? '')
			.digest('base64');
		expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash}'`);
		expect(workerSrc).toBe("worker-src 'self' blob:");
		expect(html.replace(/\s+/g, ' ')).toContain("object-src 'none'");
	});

	it('refuses a page without a module script or a policy, and an app.html that starts no worker', () => {
		const bad = [
			'<html><head></head><body></body></html>',
			'<html><head><script type="module" src="x.js"></script></head></html>',
			'<meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><script type="module" src="x.js"></script>'
		];
		for (const html of bad) expect(() => withWarmIntl(html, appHtml)).toThrow();
		expect(() => withWarmIntl(read(benchPages[0] ?? ''), '<script>var a = 1;</script>')).toThrow(
			/no worker/
		);
	});
});
