/**
 * The built site on the plainest static server there is, `python3 -m http.server`: no rewrites,
 * `/x` is the file `x` or the folder `x/` (redirected to `/x/`, then its index.html or a
 * listing). Every page must open as the page, never as a directory listing.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { BUILD_DIR, CHROMIUM_OPTIONS } from './harness.js';

const hasPython = spawnSync('python3', ['--version']).status === 0;
const events = JSON.parse(readFileSync(join(BUILD_DIR, 'data', 'events.json'), 'utf8')).events;

/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
let origin = '';

before(async () => {
	if (!hasPython) return;
	server = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1'], {
		cwd: BUILD_DIR,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	origin = await new Promise((ready, fail) => {
		server?.once('exit', (code) => fail(new Error(`python3 -m http.server exited (${code})`)));
		server?.stdout?.on('data', (chunk) => {
			const port = /port (\d+)/.exec(String(chunk))?.[1];
			if (port) ready(`http://127.0.0.1:${port}`);
		});
	});
});

after(() => {
	server?.kill();
});

describe('under python3 -m http.server', { skip: !hasPython && 'python3 is not installed' }, () => {
	const paths = [
		'/',
		'/en',
		'/ar',
		'/en/events',
		'/ar/events',
		`/en/events/${events[0].id}`,
		`/ar/events/${events.at(-1).id}`,
		`/events/${events[0].id}`
	];

	for (const path of paths)
		it(`serves ${path} as a page, not a directory listing`, async () => {
			const response = await fetch(origin + path);
			assert.equal(response.status, 200);
			const html = await response.text();
			assert.doesNotMatch(html, /Directory listing for/);
			assert.match(html, /<html lang="(ar|en)"/);
		});

	it('renders an event page with its styles and scripts in a browser, without JavaScript too', async () => {
		const browser = await chromium.launch(CHROMIUM_OPTIONS);
		try {
			for (const javaScriptEnabled of [true, false]) {
				const context = await browser.newContext({ javaScriptEnabled });
				const page = await context.newPage();
				/** @type {string[]} */ const failures = [];
				page.on('pageerror', (e) => failures.push(String(e)));
				page.on('response', (r) => {
					if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
				});
				await page.goto(`${origin}/en/events/${events[0].id}`);
				await page.waitForSelector('h1, h2', { timeout: 30_000 });
				const title = await page.title();
				assert.ok(title.length > 0);
				assert.deepEqual(failures, []);
				await context.close();
			}
		} finally {
			await browser.close();
		}
	});
});
