/**
 * Real-browser test harness: serves `build/` the way a static host would and drives Debian's
 * Chromium through playwright-core. Every page opened here records page errors, console errors and
 * requests to any other origin, so each test can fail on them (`assertClean`).
 *
 * Plain ESM for Node 20; run after `vite build` with `node --test --test-concurrency=1 tests/e2e/`.
 */
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILD_DIR = join(ROOT, 'build');
/** The bench pages (`npm run build:bench`), built apart from the site and served beside it. */
export const BENCH_DIR = join(ROOT, 'build-bench');

/** The flags the team brief prescribes: WebGL through SwiftShader, nothing phoning home. */
export const CHROMIUM_OPTIONS = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--use-angle=swiftshader',
		'--enable-unsafe-swiftshader',
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run',
		'--disable-sync'
	]
};

export const MIME_TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.gif': 'image/gif',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.pbf': 'application/x-protobuf',
	'.map': 'application/json; charset=utf-8'
};

/** @param {string} file */
export function mimeType(file) {
	return (
		MIME_TYPES[/** @type {keyof typeof MIME_TYPES} */ (extname(file).toLowerCase())] ??
		'application/octet-stream'
	);
}

/** @param {string} file */
async function isFile(file) {
	try {
		return (await stat(file)).isFile();
	} catch {
		return false;
	}
}

/**
 * Maps a URL path to a file under `root` like a static host: the file itself, `path.html`,
 * `path/index.html`; null when there is none or the path would leave `root`.
 * @param {string} root absolute directory
 * @param {string} urlPath the URL's pathname, still percent-encoded
 * @returns {Promise<string | null>}
 */
export async function resolveStatic(root, urlPath) {
	let decoded;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return null;
	}
	// Encoded NULs and backslashes have no business in a path and confuse some file systems.
	if (decoded.includes('\0') || decoded.includes('\\')) return null;
	const base = resolve(root);
	const target = resolve(base, '.' + decoded);
	if (target !== base && !target.startsWith(base + sep)) return null;
	const candidates = decoded.endsWith('/')
		? [join(target, 'index.html')]
		: [target, target + '.html', join(target, 'index.html')];
	for (const file of candidates) if (await isFile(file)) return file;
	return null;
}

/**
 * A static file server for `root` on 127.0.0.1 and a random port. Unknown paths answer
 * `404.html` (SvelteKit's fallback page) with status 404. `overrides` serves bodies made in memory
 * at exact paths instead of the files (a generated event set at `/data/events.json`), gzipped
 * when the browser accepts it, as a static host would; `gzip` compresses every text file too;
 * `also` lists folders to look in, in order, for a path `root` does not have (the bench pages).
 * @param {string} [root]
 * @param {{ overrides?: Record<string, { body: Buffer | string, type?: string }>, gzip?: boolean, also?: string[] }} [options]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(root = BUILD_DIR, options = {}) {
	/** @type {Map<string, { raw: Buffer, gzip: Buffer, type: string }>} */
	const overrides = new Map(
		Object.entries(options.overrides ?? {}).map(([path, { body, type }]) => {
			const raw = Buffer.from(body);
			return [path, { raw, gzip: gzipSync(raw), type: type ?? mimeType(path) }];
		})
	);
	const server = createServer(async (req, res) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] || '/';
		const override = overrides.get(pathname);
		if (override) {
			const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			const body = gzip ? override.gzip : override.raw;
			res.writeHead(200, {
				'content-type': override.type,
				'content-length': body.length,
				'cache-control': 'no-store',
				'x-content-type-options': 'nosniff',
				...(gzip ? { 'content-encoding': 'gzip' } : {})
			});
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}
		let file = pathname.startsWith('/') ? await resolveStatic(root, pathname) : null;
		for (const other of options.also ?? [])
			if (file === null && pathname.startsWith('/')) file = await resolveStatic(other, pathname);
		let status = 200;
		if (file === null) {
			status = 404;
			file = join(root, '404.html');
			if (!(await isFile(file))) {
				res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
				return;
			}
		}
		const type = mimeType(file);
		if (
			options.gzip &&
			/^(text|application\/(json|javascript|manifest))/.test(type) &&
			/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
		) {
			const body = gzipSync(await readFile(file));
			res.writeHead(status, {
				'content-type': type,
				'content-length': body.length,
				'content-encoding': 'gzip',
				'cache-control': 'no-store',
				'x-content-type-options': 'nosniff'
			});
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}
		const { size } = await stat(file);
		res.writeHead(status, {
			'content-type': mimeType(file),
			'content-length': size,
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		});
		if (req.method === 'HEAD') {
			res.end();
			return;
		}
		createReadStream(file)
			.on('error', () => res.destroy())
			.pipe(res);
	});
	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => ok(undefined));
	});
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('server has no port');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections();
				server.close(() => ok(undefined));
			})
	};
}

/** @type {{ origin: string, close: () => Promise<void> } | null} */
let server = null;
/** @type {import('playwright-core').Browser | null} */
let browser = null;
/** @type {Set<import('playwright-core').BrowserContext>} */
const contexts = new Set();

/** Starts the server and the browser once per test file; later calls reuse them. */
export async function setup() {
	server ??= await startServer(BUILD_DIR, { also: [BENCH_DIR] });
	browser ??= await chromium.launch(CHROMIUM_OPTIONS);
	return { origin: server.origin, browser };
}

/** The origin of the running server (after `setup` or `openPage`). */
export function origin() {
	if (!server) throw new Error('harness not set up');
	return server.origin;
}

/**
 * True for URLs that stay in the page: the server's origin, and data:/blob:/about: URLs that are
 * made in the page (a blob: URL carries its creator's origin; MapLibre's worker uses one).
 * @param {string} url
 * @param {string} own
 */
export function isOwnRequest(url, own) {
	if (/^(data|about):/i.test(url)) return true;
	try {
		return new URL(url).origin === own;
	} catch {
		return false;
	}
}

/**
 * @typedef {object} OpenOptions
 * @property {boolean} [javaScriptEnabled] default true
 * @property {{ width: number, height: number }} [viewport] default 1280×800
 * @property {string} [locale] default 'en-GB'
 * @property {'reduce' | 'no-preference'} [reducedMotion]
 * @property {'load' | 'domcontentloaded' | 'networkidle' | 'commit'} [waitUntil] default 'load'
 * @property {(context: import('playwright-core').BrowserContext) => Promise<unknown>} [beforeGoto]
 *   prepares the context before the first navigation (routes, init scripts, permissions)
 *
 * @typedef {object} OpenedPage
 * @property {import('playwright-core').Page} page
 * @property {import('playwright-core').BrowserContext} context
 * @property {import('playwright-core').Response | null} response the navigation's response
 * @property {string[]} pageErrors uncaught exceptions in the page
 * @property {string[]} consoleErrors console messages of type error
 * @property {string[]} foreignRequests URLs of requests to any origin but the server's (aborted)
 * @property {() => Promise<void>} close
 */

/**
 * Opens `path` (relative to the server's origin) in a fresh browser context.
 * Requests to other origins are recorded and aborted, so a test never reaches the network.
 * @param {string} path
 * @param {OpenOptions} [options]
 * @returns {Promise<OpenedPage>}
 */
export async function openPage(path, options = {}) {
	const { origin: own, browser: b } = await setup();
	const context = await b.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: options.viewport ?? { width: 1280, height: 800 },
		locale: options.locale ?? 'en-GB',
		reducedMotion: options.reducedMotion ?? 'no-preference',
		timezoneId: 'Asia/Yerevan',
		serviceWorkers: 'block'
	});
	contexts.add(context);
	/** @type {string[]} */ const pageErrors = [];
	/** @type {string[]} */ const consoleErrors = [];
	/** @type {string[]} */ const foreignRequests = [];
	context.on('request', (request) => {
		if (!isOwnRequest(request.url(), own)) foreignRequests.push(request.url());
	});
	await context.route(
		(url) => !isOwnRequest(url.href, own),
		(route) => route.abort('blockedbyclient')
	);
	await options.beforeGoto?.(context);
	const page = await context.newPage();
	page.on('pageerror', (error) => pageErrors.push(error.stack ?? String(error)));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const where = message.location();
		consoleErrors.push(
			`${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`
		);
	});
	page.on('websocket', (ws) => {
		if (!isOwnRequest(ws.url().replace(/^ws/, 'http'), own)) foreignRequests.push(ws.url());
	});
	const response = await page.goto(own + path, { waitUntil: options.waitUntil ?? 'load' });
	return {
		page,
		context,
		response,
		pageErrors,
		consoleErrors,
		foreignRequests,
		close: async () => {
			contexts.delete(context);
			await context.close();
		}
	};
}

/**
 * Fails the test if the page threw, logged an error or asked another origin for anything.
 * `allowConsole` lists patterns for console errors a test expects (e.g. a deliberate 404).
 * @param {Pick<OpenedPage, 'pageErrors' | 'consoleErrors' | 'foreignRequests'>} opened
 * @param {{ allowConsole?: RegExp[] }} [options]
 */
export function assertClean(opened, options = {}) {
	const allow = options.allowConsole ?? [];
	const consoleErrors = opened.consoleErrors.filter((text) => !allow.some((re) => re.test(text)));
	assert.deepEqual(opened.pageErrors, [], `page errors:\n${opened.pageErrors.join('\n')}`);
	assert.deepEqual(consoleErrors, [], `console errors:\n${consoleErrors.join('\n')}`);
	assert.deepEqual(
		opened.foreignRequests,
		[],
		`requests to other origins:\n${opened.foreignRequests.join('\n')}`
	);
}

/** Closes every context, the browser and the server. Safe to call twice. */
export async function teardown() {
	for (const context of contexts) await context.close().catch(() => {});
	contexts.clear();
	await browser?.close();
	browser = null;
	await server?.close();
	server = null;
}

/**
 * Runs a script file in the page, as a test tool (axe-core) needs. Through the DevTools protocol
 * rather than a <script> tag: the site's Content-Security-Policy rightly refuses inline scripts.
 * @param {import('playwright-core').Page} page
 * @param {string} path
 */
export async function injectScript(page, path) {
	const source = await readFile(path, 'utf8');
	await page.evaluate(source);
}
