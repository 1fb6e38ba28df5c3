/**
 * An opened event's sentences come from its details chunk, and its articles' outlets and links
 * from the articles' list, neither from the index the explorer loads: while they are on their way
 * the panel says so, when they arrive the quotes show under their outlets, and when one cannot be
 * fetched the panel says why and the page stays whole (title, facts, timeline).
 * Conditions are awaited, never fixed times; each test fails on any unexpected page error.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { assertClean, BUILD_DIR, openPage, teardown } from './harness.js';

after(teardown);

const DETAILS = '**/data/sets/*/details/*.json';
const ARTICLES = '**/data/sets/*/articles.json';
/** @type {{ events: Array<{ id: string, date: string, sources: Array<{ quote: string, article: string }> }>, articles: Array<{ id: string, outlet: string | null, url: string | null }> }} */
const data = JSON.parse(await readFile(join(BUILD_DIR, 'data/events.json'), 'utf8'));

/** Opens the first event of the list and returns it. @param {import('playwright-core').Page} page */
async function openFirstListed(page) {
	const item = page.locator('.event-list li[data-event-id]').first();
	await item.waitFor({ timeout: 30_000 });
	const id = await item.getAttribute('data-event-id');
	const event = data.events.find((e) => e.id === id);
	assert.ok(event, `no event ${id} in events.json`);
	await item.locator('a').click();
	await page.locator(`.detail-panel article[data-event-id="${id}"]`).waitFor();
	return event;
}

describe('an event’s details', () => {
	it('show a loading state until their chunk arrives, then the event’s quotes', async () => {
		/** @type {() => void} */
		let release = () => {};
		const held = new Promise((resolve) => (release = () => resolve(undefined)));
		/** @type {string[]} */
		const asked = [];
		const opened = await openPage('/en', {
			beforeGoto: (context) =>
				context.route(DETAILS, async (route) => {
					asked.push(new URL(route.request().url()).pathname);
					await held;
					await route.continue();
				})
		});
		const { page } = opened;
		try {
			const event = await openFirstListed(page);
			await page.locator('.detail-panel [data-details="loading"]').waitFor();
			assert.equal(await page.locator('.detail-panel blockquote').count(), 0);
			release();
			await page.locator('.detail-panel blockquote').first().waitFor();
			const quotes = await page.locator('.detail-panel blockquote p').allTextContents();
			for (const s of event.sources) assert.ok(quotes.includes(s.quote), `missing ${s.quote}`);
			assert.equal(await page.locator('.detail-panel [data-details]').count(), 0);
			// The page asked for the event's own chunk (the data worker may fetch a small set's
			// chunks too, for search).
			assert.ok(asked.some((p) => p.endsWith(`/details/${event.date}.json`)));
			assertClean(opened);
		} finally {
			release();
			await opened.close();
		}
	});

	it('say why when their chunk cannot be fetched, and the page stays whole', async () => {
		const opened = await openPage('/en', {
			beforeGoto: (context) =>
				context.route(DETAILS, (route) => route.fulfill({ status: 500, body: 'broken' }))
		});
		const { page } = opened;
		try {
			const event = await openFirstListed(page);
			const problem = page.locator('.detail-panel [data-details="error"]');
			await problem.waitFor();
			assert.match(await problem.innerText(), /could not be loaded \(HTTP 500\)/);
			assert.equal(await problem.getAttribute('role'), 'alert');
			// The rest of the event and of the page is there.
			assert.ok((await page.locator('.detail-panel h2').innerText()).length > 0);
			assert.equal(
				await page.locator('.detail-panel dl.facts time').getAttribute('datetime'),
				event.date
			);
			assert.ok(await page.locator('.timeline .surface').isVisible());
			// The close button still closes it, back to the list.
			await page.locator('.detail-panel button.close').click();
			await page.locator('.event-list li[data-event-id]').first().waitFor();
			assertClean(opened, { allowConsole: [/status of 500/] });
		} finally {
			await opened.close();
		}
	});

	it('name each source’s outlet and link from the articles’ list, fetched only when an event opens', async () => {
		/** @type {string[]} */
		const asked = [];
		const opened = await openPage('/en', {
			beforeGoto: (context) =>
				context.route(ARTICLES, (route) => {
					asked.push(new URL(route.request().url()).pathname);
					return route.continue();
				})
		});
		const { page } = opened;
		try {
			await page.locator('.event-list li[data-event-id]').first().waitFor({ timeout: 30_000 });
			assert.deepEqual(asked, []);
			const event = await openFirstListed(page);
			await page.locator('.detail-panel blockquote').first().waitFor();
			for (const id of new Set(event.sources.map((s) => s.article))) {
				const article = data.articles.find((a) => a.id === id);
				assert.ok(article, `no article ${id}`);
				const card = page.locator(`.detail-panel li.source[data-article="${id}"]`);
				assert.equal(
					await card.locator('.outlet').textContent(),
					article.outlet ?? 'Outlet unknown'
				);
				if (article.url?.startsWith('http'))
					assert.equal(await card.locator('.meta a').getAttribute('href'), article.url);
			}
			assert.equal(asked.length, 1);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('say why when the articles’ list cannot be fetched', async () => {
		const opened = await openPage('/en', {
			beforeGoto: (context) =>
				context.route(ARTICLES, (route) => route.fulfill({ status: 500, body: 'broken' }))
		});
		const { page } = opened;
		try {
			await openFirstListed(page);
			const problem = page.locator('.detail-panel [data-details="error"]');
			await problem.waitFor();
			assert.match(await problem.innerText(), /could not be loaded \(HTTP 500\)/);
			assert.ok((await page.locator('.detail-panel h2').innerText()).length > 0);
			assertClean(opened, { allowConsole: [/status of 500/] });
		} finally {
			await opened.close();
		}
	});
});
