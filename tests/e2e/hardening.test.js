/**
 * The site's defences: a Content-Security-Policy that no page of ours violates (map and its
 * worker included), and malformed links that end on the 404 page rather than in a page error.
 * Waits for conditions only (the map drawn, the 404 heading shown), never for a fixed time.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { assertClean, BUILD_DIR, openPage, teardown } from './harness.js';

after(teardown);

const eventSet = JSON.parse(readFileSync(join(BUILD_DIR, 'data', 'events.json'), 'utf8'));
const events = eventSet.events;

/** Records every CSP violation the page reports, from before its first script runs. */
const recordViolations = (/** @type {import('playwright-core').BrowserContext} */ context) =>
	context.addInitScript(() => {
		/** @type {any} */ (window).__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			/** @type {any} */ (window).__csp.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});

/** @param {import('playwright-core').Page} page */
const mapDrawn = (page) =>
	page.waitForFunction(
		() => {
			/** @type {any} */
			const el = document.querySelector('.atlas-map .canvas');
			const map = el?.atlasMap;
			return Boolean(map?.loaded() && map.querySourceFeatures('countries').length > 0);
		},
		null,
		{ timeout: 60_000 }
	);

describe('Content-Security-Policy', () => {
	it('every page states a policy without unsafe-inline scripts', () => {
		for (const file of ['en.html', 'ar.html', '404.html', join('en', 'events.html')]) {
			const html = readFileSync(join(BUILD_DIR, file), 'utf8');
			const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(
				html
			)?.[1];
			assert.ok(policy, `${file} has no CSP meta tag`);
			const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
			assert.match(scriptSrc, /'self'/);
			assert.doesNotMatch(scriptSrc, /unsafe-inline|unsafe-eval/);
			assert.match(policy, /connect-src 'self'/);
			assert.match(policy, /worker-src 'self' blob:/);
		}
	});

	for (const [name, path, ready] of /** @type {const} */ ([
		['the bare home page (language redirect)', '/', mapDrawn],
		['the English explorer with its map', '/en', mapDrawn],
		['the Arabic explorer with its map', '/ar', mapDrawn],
		['an event page', `/en/events/${events[0].id}`, mapDrawn],
		['the event list', '/en/events', null],
		['the 404 page', '/en/no-such-page', null]
	]))
		it(`is not violated by ${name}`, async () => {
			const opened = await openPage(path, { beforeGoto: recordViolations });
			try {
				if (ready) await ready(opened.page);
				else await opened.page.waitForSelector('main h2, main h1', { timeout: 30_000 });
				const violations = await opened.page.evaluate(() => /** @type {any} */ (window).__csp);
				assert.deepEqual(violations, []);
				assertClean(opened, { allowConsole: [/status of 404/, /Not found: /] });
			} finally {
				await opened.close();
			}
		});
});

describe('malformed links', () => {
	for (const path of ['/en/events/%', '/ar/events/%E0%A4%A', '/en/%', '/events/%zz'])
		it(`${path} shows the 404 page without a page error`, async () => {
			const opened = await openPage(path);
			try {
				await opened.page.waitForSelector('main.error-page h2', { timeout: 30_000 });
				assert.equal(opened.response?.status(), 404);
				assertClean(opened, { allowConsole: [/status of 404/, /Not found: /] });
			} finally {
				await opened.close();
			}
		});
});

describe('former event ids', () => {
	const aliases = Object.entries(
		JSON.parse(
			readFileSync(join(BUILD_DIR, 'data', 'sets', eventSet.generation, 'aliases.json'), 'utf8')
		)
	);

	it('exist for the seed corpus (coarser dates and labels of its events)', () => {
		assert.ok(aliases.length > 0);
	});

	for (const javaScriptEnabled of [false, true])
		it(`open the event at its id now, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
			const [alias, id] = aliases[0] ?? ['', ''];
			const opened = await openPage(`/en/events/${alias}`, { javaScriptEnabled });
			try {
				await opened.page.waitForURL((url) => url.pathname === `/en/events/${id}`, {
					timeout: 30_000
				});
				await opened.page.waitForSelector('main[data-state="ready"], main', { timeout: 30_000 });
			} finally {
				await opened.close();
			}
		});
});

describe('what the site publishes', () => {
	/** @type {string[]} */
	const files = readdirSync(BUILD_DIR, { recursive: true })
		./** @type {string[]} */ map(String)
		.filter((name) => statSync(join(BUILD_DIR, name)).isFile());

	it('holds no report of the build step', () => {
		assert.ok(files.length > 0);
		assert.deepEqual(
			files.filter((name) => /report/i.test(name)),
			[]
		);
	});

	it('holds no absolute path of the machine it was built on', () => {
		// The project's folder (a home folder too, when the project lives in one).
		const home = homedir();
		const root = resolve('.');
		const paths = [root, ...(root.startsWith(`${home}/`) ? [home] : [])];
		const found = files.filter((name) => {
			const text = readFileSync(join(BUILD_DIR, name), 'latin1');
			return paths.some((p) => text.includes(p));
		});
		assert.deepEqual(found, []);
	});
});
