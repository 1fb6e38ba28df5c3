/**
 * The real explorer at 100,000 events: a seeded synthetic event set, made here and split as the
 * build step splits it, is served in place of the shipped one: its index at
 * /data/events.index.json, its articles' list at /data/articles.json and its details chunks under
 * /data/details/ (a set without a generation). The virtual list reaches the last event from the
 * keyboard, opening it fetches its details chunk and the articles' list (never fetched before)
 * and shows its quote under its article's outlet and link, and zooming the timeline does not rebuild the map's markers. Conditions are awaited, never fixed times; the test fails on any page error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { tsImport } from 'tsx/esm/api';
import { assertClean, openPage, teardown } from './harness.js';

after(teardown);

const N = 100_000;
const SEED = 11;

/** @type {{ events: Array<{ id: string, type: string, date: string, place: unknown, sources: Array<{ quote: string, article: string }> }>, articles: Array<{ id: string, outlet: string | null, published: string | null }> }} */
let data;
/** @type {(event: any, country: string) => boolean} */
let involves;
/** @type {string} */
let index;
/** @type {string} */
let articles;
/** How many times the page asked for the articles' list. */
let articlesFetched = 0;
/** @type {Map<string, string>} details chunks' JSON by chunk name */
let chunks;
/** @type {string[]} the details chunks the page asked for */
let fetched = [];
before(async () => {
	const { syntheticEventSet } = await tsImport('../../src/lib/model/synthetic.ts', import.meta.url);
	const { splitEventSet } = await tsImport('../../src/lib/model/splitEventSet.ts', import.meta.url);
	const { compactIndex } = await tsImport('../../src/lib/model/compactIndex.ts', import.meta.url);
	({ involves } = await tsImport('../../src/lib/model/filterEvents.ts', import.meta.url));
	data = syntheticEventSet(N, SEED);
	const split = splitEventSet(data);
	index = JSON.stringify(compactIndex(split.index));
	articles = JSON.stringify(split.articles);
	chunks = new Map([...split.chunks].map(([name, chunk]) => [name, JSON.stringify(chunk)]));
});

/** Opens /en with the generated set served as the app's data. */
function openLarge() {
	fetched = [];
	articlesFetched = 0;
	return openPage('/en', {
		beforeGoto: async (context) => {
			await context.route('**/data/events.index.json', (route) =>
				route.fulfill({ status: 200, contentType: 'application/json', body: index })
			);
			await context.route('**/data/articles.json', (route) => {
				articlesFetched++;
				return route.fulfill({ status: 200, contentType: 'application/json', body: articles });
			});
			await context.route('**/data/details/*.json', (route) => {
				const name = decodeURIComponent(new URL(route.request().url()).pathname)
					.split('/')
					.pop()
					?.replace(/\.json$/, '');
				const body = name === undefined ? undefined : chunks.get(name);
				if (name !== undefined) fetched.push(name);
				return body === undefined
					? route.fulfill({ status: 404, body: 'not found' })
					: route.fulfill({ status: 200, contentType: 'application/json', body });
			});
		}
	});
}

describe('the explorer at 100,000 events', () => {
	it('lists every event: End in the list reaches the last, and opening it shows its quote and its article’s outlet', async () => {
		const opened = await openLarge();
		const { page } = opened;
		try {
			await page.waitForFunction(
				(n) =>
					document.querySelector('[data-events-drawn]')?.getAttribute('data-events-drawn') ===
					String(n),
				N,
				{ timeout: 90_000 }
			);
			const first = page.locator('.event-list li[data-event-id] a').first();
			await first.waitFor({ timeout: 30_000 });
			// The index carries no article: the list is not fetched before an event is opened.
			assert.equal(articlesFetched, 0);
			// Every event is in the list, not the first hundred: each row says its place in all of them.
			assert.equal(
				await page.locator('.event-list li[data-event-id]').first().getAttribute('aria-setsize'),
				String(N)
			);
			await first.focus();
			await page.keyboard.press('End');
			const last = data.events[N - 1];
			assert.ok(last);
			const row = page.locator(`.event-list li[data-event-id="${last.id}"]`);
			await row.waitFor();
			assert.equal(await row.getAttribute('aria-posinset'), String(N));
			await page.waitForFunction(
				(id) => document.activeElement?.closest('li')?.getAttribute('data-event-id') === id,
				last.id
			);
			// Up one from the last is the one before it.
			await page.keyboard.press('ArrowUp');
			await page.waitForFunction(
				(id) => document.activeElement?.closest('li')?.getAttribute('data-event-id') === id,
				data.events[N - 2]?.id
			);
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Enter');
			await page.locator(`.detail-panel article[data-event-id="${last.id}"]`).waitFor();
			// The index has no quotes: they arrive with the event's details chunk, one small file.
			await page.locator('.detail-panel blockquote p').first().waitFor({ timeout: 30_000 });
			assert.deepEqual(fetched, [last.date]);
			const quotes = await page.locator('.detail-panel blockquote p').allTextContents();
			assert.ok(
				quotes.includes(last.sources[0]?.quote ?? '—'),
				`quote not shown; saw ${JSON.stringify(quotes.slice(0, 3))}`
			);
			// Its source card names the article's outlet and date, from the articles' list (without
			// it the card says "Outlet unknown" and gives no date).
			const article = data.articles.find((a) => a.id === last.sources[0]?.article);
			assert.ok(article?.outlet && article.published);
			const card = page.locator(
				`.detail-panel li.source[data-article="${last.sources[0]?.article}"]`
			);
			assert.equal(await card.locator('.outlet').textContent(), article.outlet);
			const day = new Date(`${article.published}T00:00:00Z`).toLocaleDateString('en-GB', {
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				timeZone: 'UTC'
			});
			assert.match((await card.locator('.meta').textContent()) ?? '', new RegExp(day));
			assert.equal(articlesFetched, 1);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('zooms the timeline without sending the map new markers on any frame', async () => {
		const opened = await openLarge();
		const { page } = opened;
		try {
			await page.waitForFunction(
				(n) =>
					document.querySelector('[data-events-drawn]')?.getAttribute('data-events-drawn') ===
					String(n),
				N,
				{ timeout: 90_000 }
			);
			// Count what the map is sent once it has its markers.
			await page.waitForFunction(
				() => {
					const map = /** @type {any} */ (document.querySelector('.atlas-map .canvas'))?.atlasMap;
					const source = map?.getSource('events');
					if (!source || !map.loaded()) return false;
					const w = /** @type {any} */ (window);
					if (!w.__sent) {
						w.__sent = 0;
						const setData = source.setData.bind(source);
						source.setData = (/** @type {unknown[]} */ ...args) => {
							w.__sent++;
							return setData(...args);
						};
					}
					return true;
				},
				null,
				{ timeout: 60_000 }
			);
			const box = await page.locator('.timeline .surface').boundingBox();
			assert.ok(box);
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			for (let i = 0; i < 20; i++) {
				await page.keyboard.down('Control');
				await page.mouse.wheel(0, -60);
				await page.keyboard.up('Control');
				await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
			}
			const sent = await page.evaluate(() => /** @type {any} */ (window).__sent);
			// At most once when the view comes to rest and lights other markers; never per frame.
			assert.ok(sent <= 1, `markers sent ${sent} times during a 20-step zoom`);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});
	it('filters by type off and on and by a country, the timeline, its overview, the list, the export count and the map all showing the filtered events', async () => {
		const opened = await openLarge();
		const { page } = opened;
		try {
			await page.waitForFunction(
				(n) =>
					document.querySelector('[data-events-drawn]')?.getAttribute('data-events-drawn') ===
					String(n),
				N,
				{ timeout: 90_000 }
			);
			await page.locator('.event-list li[data-event-id]').first().waitFor({ timeout: 30_000 });
			// Keep what the map is sent last, per marker source, once it has its markers.
			await page.waitForFunction(
				() => {
					const map = /** @type {any} */ (document.querySelector('.atlas-map .canvas'))?.atlasMap;
					if (!map?.loaded()) return false;
					const w = /** @type {any} */ (window);
					if (!w.__markers) {
						w.__markers = {};
						for (const name of ['events', 'events-beside']) {
							const source = map.getSource(name);
							const setData = source.setData.bind(source);
							source.setData = (/** @type {any} */ data, /** @type {unknown[]} */ ...rest) => {
								w.__markers[name] = data.features.reduce(
									(/** @type {number} */ n, /** @type {any} */ f) => n + f.properties.count,
									0
								);
								return setData(data, ...rest);
							};
						}
					}
					return true;
				},
				null,
				{ timeout: 60_000 }
			);
			const country = await page
				.locator('.member-buttons button[data-iso3]')
				.first()
				.getAttribute('data-iso3');
			assert.ok(country);
			/** What each view should show, counted here from the data set itself. */
			const expect = (/** @type {(e: any) => boolean} */ keep) => {
				const shown = data.events.filter(keep);
				return { shown: shown.length, placed: shown.filter((e) => e.place).length };
			};
			const steps = [
				{
					click: '.types button[data-type="summit"]',
					...expect((e) => e.type !== 'summit'),
					summits: false
				},
				{ click: '.types button[data-type="summit"]', ...expect(() => true), summits: true },
				{
					click: `.member-buttons button[data-iso3="${country}"]`,
					...expect((e) => involves(e, country)),
					summits: true
				}
			];
			// The export menu's count is made only while the menu is open.
			await page.locator('details.export > summary').click();
			await page.locator('details.export .what').waitFor();
			for (const step of steps) {
				await page.locator(step.click).click();
				const got = await page
					.waitForFunction(
						({ shown, placed, summits }) => {
							const w = /** @type {any} */ (window);
							const drawn = document
								.querySelector('[data-events-drawn]')
								?.getAttribute('data-events-drawn');
							const setSize = document
								.querySelector('.event-list li[data-event-id]')
								?.getAttribute('aria-setsize');
							const exported = document.querySelector('.export .what')?.textContent ?? '';
							const onMap = (w.__markers.events ?? 0) + (w.__markers['events-beside'] ?? 0);
							// The overview's first row is the summits' lane.
							const summitTicks = document.querySelector('.overview path')?.getAttribute('d') ?? '';
							const now = { drawn, setSize, exported, onMap, summitTicks: summitTicks !== '' };
							const ok =
								drawn === String(shown) &&
								setSize === String(shown) &&
								exported.replace(/\D/g, '') === String(shown) &&
								onMap === placed &&
								now.summitTicks === summits;
							return ok ? true : ((w.__last = now), false);
						},
						step,
						{ timeout: 30_000 }
					)
					.catch(async (e) => {
						const last = await page.evaluate(() => /** @type {any} */ (window).__last);
						throw new Error(
							`after ${step.click}, expected ${JSON.stringify(step)}, saw ${JSON.stringify(last)}: ${e}`
						);
					});
				assert.ok(got);
			}
			// The filter is in the address, and the link reopens it showing the same.
			await page.waitForURL((url) => url.searchParams.get('country') === country);
			await page.goto(page.url());
			await page.waitForFunction(
				(shown) =>
					document.querySelector('[data-events-drawn]')?.getAttribute('data-events-drawn') ===
						String(shown) &&
					document.querySelector('.event-list li[data-event-id]')?.getAttribute('aria-setsize') ===
						String(shown),
				steps[2]?.shown,
				{ timeout: 90_000 }
			);
			assert.equal(
				await page
					.locator(`.member-buttons button[data-iso3="${country}"]`)
					.getAttribute('aria-pressed'),
				'true'
			);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});
});
