/**
 * `npm run dev` rebuilds the event set when an article is saved and reloads the open page, with no
 * restart. Runs the dev server on a scratch copy of the corpus (CSTO_ARTICLES), never on articles/,
 * and rebuilds static/data from articles/ afterwards.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_OPTIONS, ROOT } from './harness.js';

const corpus = mkdtempSync(join(tmpdir(), 'csto-dev-'));
/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
let port = 0;

/** A free port on loopback. */
function freePort() {
	return new Promise((resolvePort) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

before(async () => {
	cpSync(join(ROOT, 'articles'), corpus, { recursive: true });
	port = await freePort();
	server = spawn(
		process.execPath,
		[
			join(ROOT, 'node_modules/vite/bin/vite.js'),
			'dev',
			'--port',
			String(port),
			'--strictPort',
			'--host',
			'127.0.0.1'
		],
		{
			cwd: ROOT,
			env: { ...process.env, CSTO_ARTICLES: corpus, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
			stdio: 'pipe'
		}
	);
	await new Promise((ready, fail) => {
		const timer = setTimeout(() => fail(new Error('the dev server did not start in 60 s')), 60_000);
		server?.stdout?.on('data', (chunk) => {
			if (String(chunk).includes(`${port}`)) {
				clearTimeout(timer);
				ready(undefined);
			}
		});
	});
});

after(() => {
	server?.kill();
	rmSync(corpus, { recursive: true, force: true });
	// The dev server wrote the scratch corpus's events into static/data: put the real ones back.
	spawnSync(process.execPath, ['--import', 'tsx', 'src/lib/pipeline/cli.ts'], {
		cwd: ROOT,
		stdio: 'ignore'
	});
});

describe('the dev server', () => {
	it('shows a saved article’s event in the open page without a restart', async () => {
		const browser = await chromium.launch(CHROMIUM_OPTIONS);
		try {
			const page = await browser.newPage();
			await page.goto(`http://127.0.0.1:${port}/ar`);
			const ready = () => page.locator('main[data-state="ready"]').waitFor({ timeout: 60_000 });
			await ready();
			// The list is made once the page is idle; it draws its rows in sight (all of them here).
			const rows = page.locator('.event-list li[data-event-id]');
			await rows.first().waitFor({ timeout: 30_000 });
			const before = await rows.count();
			const reloaded = page.waitForEvent('load', { timeout: 30_000 });
			writeFileSync(
				join(corpus, 'zz_new.txt'),
				'عقدت في 14 أكتوبر/تشرين الأول 2022 في أستانا قمة منظمة معاهدة الأمن الجماعي.\n'
			);
			await reloaded;
			await ready();
			await page
				.locator('.event-list li[data-event-id]', { hasText: 'أستانا' })
				.waitFor({ timeout: 30_000 });
			assert.equal(await rows.count(), before + 1);
		} finally {
			await browser.close();
		}
	});

	it('shows a broken metadata.json in Vite’s error overlay, and clears it once fixed', async () => {
		const browser = await chromium.launch(CHROMIUM_OPTIONS);
		const metadata = join(corpus, 'metadata.json');
		const good = readFileSync(metadata, 'utf8');
		try {
			const page = await browser.newPage();
			await page.goto(`http://127.0.0.1:${port}/en`);
			await page.locator('main[data-state="ready"]').waitFor({ timeout: 60_000 });
			writeFileSync(metadata, '{ "broken": ');
			const overlay = page.locator('vite-error-overlay');
			await overlay.waitFor({ state: 'attached', timeout: 30_000 });
			assert.match(
				await overlay.evaluate((el) => el.shadowRoot?.textContent ?? ''),
				/metadata\.json/
			);
			writeFileSync(metadata, good);
			await overlay.waitFor({ state: 'detached', timeout: 30_000 });
		} finally {
			writeFileSync(metadata, good);
			await browser.close();
		}
	});

	it('answers 404 for a deleted article’s event page once the event set is rebuilt', async () => {
		const origin = `http://127.0.0.1:${port}`;
		/** @returns {Promise<{ id: string } | undefined>} */
		const eventOf = async (/** @type {string} */ article) =>
			(await (await fetch(`${origin}/data/events.json`)).json()).events.find(
				(/** @type {any} */ e) => e.sources.some((/** @type {any} */ s) => s.article === article)
			);
		writeFileSync(
			join(corpus, 'zz_gone.txt'),
			'عقدت في 16 مايو/أيار 2022 في موسكو قمة منظمة معاهدة الأمن الجماعي.\n'
		);
		/** @type {{ id: string } | undefined} */
		let event;
		for (const deadline = Date.now() + 30_000; !event && Date.now() < deadline;)
			event = await eventOf('zz_gone');
		assert.ok(event, 'the new article’s event never appeared');
		assert.equal((await fetch(`${origin}/en/events/${event.id}`)).status, 200);
		rmSync(join(corpus, 'zz_gone.txt'));
		let status = 200;
		for (const deadline = Date.now() + 30_000; status === 200 && Date.now() < deadline;)
			status = (await fetch(`${origin}/en/events/${event.id}`)).status;
		assert.equal(status, 404);
	});
});
