/**
 * The app in a real browser, on the built site served like a static host: the explorer, deep
 * links, event pages with and without JavaScript, the 404, history, the keyboard, accessibility
 * and the phone layout. Every test fails on a page error, a console error or a request to any
 * other origin. Tests read the data set the build shipped, so they hold for any event set.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
	assertClean,
	BUILD_DIR,
	mimeType,
	openPage,
	origin,
	ROOT,
	setup,
	teardown,
	injectScript
} from './harness.js';

after(teardown);

const SHOTS = join(ROOT, 'test-results', 'app');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const PHONE = { width: 375, height: 740 };

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {Awaited<ReturnType<typeof openPage>>} Opened */

/**
 * The event set as the build shipped it.
 * @type {{ events: Array<{ id: string, type: string, title: { ar: string, en: string },
 *   sources: Array<{ article: string, quote: string, start: number, end: number }> }>,
 *   articles: Array<{ id: string }>, generation: string }}
 */
let data;
before(() => {
	data = JSON.parse(readFileSync(join(BUILD_DIR, 'data', 'events.json'), 'utf8'));
	assert.ok(data.events.length > 0, 'the build shipped no events: run `npm run events` first');
	mkdirSync(SHOTS, { recursive: true });
});

/**
 * Opens a page, runs the test body, checks it stayed clean, and always closes it.
 * @param {string} path
 * @param {Parameters<typeof openPage>[1] & { allowConsole?: RegExp[] }} options
 * @param {(opened: Opened) => Promise<void>} body
 */
async function withPage(path, options, body) {
	const opened = await openPage(localized(path), options);
	try {
		await body(opened);
		assertClean(opened, { allowConsole: options.allowConsole });
	} finally {
		await opened.close();
	}
}

/**
 * The explorer is tested in Arabic, the language most of its readers use: its pages live under
 * /ar. A bare path is a different thing (a redirect to the reader's language), tested in i18n.test.js.
 */
const L = '/ar';

/** @param {string} path */
function localized(path) {
	return /^\/(ar|en)(\/|$|\?)/.test(path)
		? path
		: L + (path === '/' ? '' : path.startsWith('/?') ? path.slice(1) : path);
}

/** @param {Page} page */
async function explorerReady(page) {
	await page.locator('main[data-state="ready"]').waitFor({ timeout: 30_000 });
}

/** @param {Page} page */
function pathOf(page) {
	const url = new URL(page.url());
	return url.pathname + url.search;
}

/**
 * The id of the event the detail panel shows, or null when it lists events instead.
 * @param {Page} page
 */
async function shownEvent(page) {
	const article = page.locator('.detail-panel article[data-event-id]');
	return (await article.count()) === 0 ? null : article.getAttribute('data-event-id');
}

/**
 * Clicks the n-th event of the "events in view" list and returns its id.
 * @param {Page} page
 * @param {number} n
 */
async function clickListedEvent(page, n = 0) {
	const item = page.locator('.event-list li[data-event-id]').nth(n);
	const id = await item.getAttribute('data-event-id');
	assert.ok(id);
	await item.locator('a').click();
	await page.locator(`.detail-panel article[data-event-id="${id}"]`).waitFor();
	return id;
}

/** @param {string} id */
function eventById(id) {
	const event = data.events.find((e) => e.id === id);
	assert.ok(event, `no event ${id} in the data`);
	return event;
}

/**
 * Serious and critical axe-core violations on the page as it stands.
 * @param {Page} page
 */
async function axeViolations(page) {
	await injectScript(page, AXE);
	/** @type {Array<{ id: string, impact: string, help: string, nodes: Array<{ target: string[] }> }>} */
	const violations = await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { resultTypes: ['violations'] });
		return result.violations;
	});
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
}

/** @param {Page} page */
async function horizontalOverflow(page) {
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('the static server', () => {
	it('answers the home page as HTML', async () => {
		await setup();
		const response = await fetch(origin() + '/');
		assert.equal(response.status, 200);
		assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
	});

	for (const path of [
		'/../package.json',
		'/%2e%2e/package.json',
		'/..%2fpackage.json',
		'/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
		'/..%5cpackage.json',
		'/%00',
		'/%E0%A4%A'
	]) {
		it(`refuses to leave build/ for ${path}`, async () => {
			await setup();
			const response = await fetch(origin() + path);
			assert.equal(response.status, 404);
			assert.doesNotMatch(await response.text(), /"devDependencies"|root:x:0/);
		});
	}

	it('answers an unknown path with the 404 page and status 404', async () => {
		await setup();
		const response = await fetch(origin() + '/no/such/page');
		assert.equal(response.status, 404);
		assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
	});

	it('serves the data and article texts with their types', async () => {
		await setup();
		const json = await fetch(origin() + '/data/events.json');
		assert.equal(json.headers.get('content-type'), 'application/json; charset=utf-8');
		const article = data.articles[0];
		assert.ok(article);
		const text = await fetch(
			`${origin()}/data/sets/${data.generation}/articles/${encodeURIComponent(article.id)}.txt`
		);
		assert.equal(text.status, 200);
		assert.equal(text.headers.get('content-type'), 'text/plain; charset=utf-8');
	});

	it('names the MIME types a static host would', () => {
		assert.equal(mimeType('a.json'), 'application/json; charset=utf-8');
		assert.equal(mimeType('a.txt'), 'text/plain; charset=utf-8');
		assert.equal(mimeType('a.wasm'), 'application/wasm');
		assert.equal(mimeType('a.woff2'), 'font/woff2');
		assert.equal(mimeType('a.svg'), 'image/svg+xml');
		assert.equal(mimeType('a.JS'), 'text/javascript; charset=utf-8');
	});
});

describe('the explorer', () => {
	it('shows the timeline with every event of the data set', async () => {
		await withPage('/', {}, async ({ page }) => {
			await explorerReady(page);
			// The timeline reports what its canvas drew; with no filter and the whole window, all of it.
			await page.waitForFunction(
				(n) =>
					document.querySelector('[data-events-drawn]')?.getAttribute('data-events-drawn') ===
					String(n),
				data.events.length,
				{ timeout: 15_000 }
			);
			assert.equal((await page.locator('.timeline canvas').count()) > 0, true);
			// The list beside it (made once the page is idle) names the same count and links each
			// event's page; it draws the rows in sight, in date order.
			await page.locator('.event-list li[data-event-id]').first().waitFor();
			const heading = await page.locator('.event-list h2').textContent();
			assert.ok(
				heading?.includes(new Intl.NumberFormat('ar').format(data.events.length)) ||
					heading?.includes(String(data.events.length)),
				heading ?? ''
			);
			const listed = await page
				.locator('.event-list li[data-event-id]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
			assert.ok(listed.length >= Math.min(data.events.length, 9), String(listed.length));
			assert.deepEqual(
				listed,
				data.events.slice(0, listed.length).map((e) => e.id)
			);
		});
	});

	it('shows the timeline before the map has loaded', async () => {
		/** @type {() => void} */
		let release = () => {};
		const held = new Promise((ok) => (release = () => ok(undefined)));
		await withPage(
			'/',
			{
				// Hold back every script chunk that brings in maplibre: the map's own chunk.
				beforeGoto: async (context) => {
					await context.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
						const response = await route.fetch();
						const body = await response.text();
						if (body.includes('maplibre') && body.length > 100_000) await held;
						await route.fulfill({ response, body });
					});
				}
			},
			async ({ page }) => {
				await explorerReady(page);
				await page.locator('.timeline canvas').first().waitFor();
				assert.equal(await page.locator('[data-map-status="loading"]').count(), 1);
				await clickListedEvent(page, 0);
				release();
				await page.locator('[data-map-status="ready"]').waitFor({ timeout: 30_000 });
			}
		);
	});

	it('changes the URL and shows the quote when an event is clicked', async () => {
		await withPage('/', {}, async ({ page }) => {
			await explorerReady(page);
			const id = await clickListedEvent(page, 0);
			await page.waitForURL((url) => url.pathname === `${L}/events/${id}`);
			const event = eventById(id);
			// The quotes come with the event's details chunk, fetched when it is opened.
			await page.locator('.detail-panel blockquote').first().waitFor();
			const quotes = await page.locator('.detail-panel blockquote').evaluateAll((els) =>
				els.map((el) => ({
					text: el.textContent?.trim(),
					lang: el.getAttribute('lang'),
					dir: el.getAttribute('dir')
				}))
			);
			assert.deepEqual(
				quotes,
				event.sources.map((s) => ({ text: s.quote.trim(), lang: 'ar', dir: 'rtl' }))
			);
		});
	});

	it('restores the view when that URL is reloaded', async () => {
		await withPage('/', {}, async ({ page }) => {
			await explorerReady(page);
			await page.locator('.types button[data-type="clash"]').click();
			// The list follows a filter in the frame after the timeline's (Deferred).
			await page.waitForFunction(
				() =>
					document.querySelectorAll('.event-list li[data-event-id]').length > 0 &&
					document.querySelectorAll('.event-list li.clash').length === 0
			);
			const id = await clickListedEvent(page, 0);
			await page.waitForURL(
				(url) => url.pathname === `${L}/events/${id}` && url.search.includes('types=')
			);
			const before = pathOf(page);
			assert.match(before, /types=summit,deployment/);
			await page.reload();
			await explorerReady(page);
			assert.equal(pathOf(page), before);
			assert.equal(await shownEvent(page), id);
			assert.equal(
				await page.locator('.types button[data-type="clash"]').getAttribute('aria-pressed'),
				'false'
			);
			assert.equal(
				await page.locator('.types button[data-type="summit"]').getAttribute('aria-pressed'),
				'true'
			);
		});
	});

	it('reproduces a copied link with a country, a window and types', async () => {
		const summit = data.events.find((e) => e.type === 'summit');
		if (!summit) return;
		const year = summit.id.slice(0, 4);
		const link = `/?event=${summit.id}&country=KAZ&from=${year}-01-01&to=${year}-12-31&types=summit`;
		await withPage(link, {}, async ({ page }) => {
			await explorerReady(page);
			assert.equal(await shownEvent(page), summit.id);
			assert.equal(
				await page.locator('[data-iso3="KAZ"][aria-pressed]').first().getAttribute('aria-pressed'),
				'true'
			);
			// The link is tidied into the canonical form, event in the path, nothing lost.
			await page.waitForURL(
				(url) =>
					url.pathname === `${L}/events/${summit.id}` &&
					url.search === `?country=KAZ&from=${year}-01-01&to=${year}-12-31&types=summit`
			);
		});
	});

	it('steps through selections with back and forward', async () => {
		await withPage('/', {}, async ({ page }) => {
			await explorerReady(page);
			const a = await clickListedEvent(page, 0);
			await page.locator('.detail-panel button.close').click();
			await page.locator('.event-list').waitFor();
			const b = await clickListedEvent(page, 1);
			assert.notEqual(a, b);
			await page.waitForURL((url) => url.pathname === `${L}/events/${b}`);

			await page.goBack();
			await page.waitForURL((url) => url.pathname === L);
			await page.locator('.event-list').waitFor();
			assert.equal(await shownEvent(page), null);

			await page.goBack();
			await page.waitForURL((url) => url.pathname === `${L}/events/${a}`);
			await page.locator(`.detail-panel article[data-event-id="${a}"]`).waitFor();

			await page.goBack();
			await page.waitForURL((url) => url.pathname === L);
			await page.locator('.event-list').waitFor();

			await page.goForward();
			await page.waitForURL((url) => url.pathname === `${L}/events/${a}`);
			await page.locator(`.detail-panel article[data-event-id="${a}"]`).waitFor();
		});
	});

	it('reaches and opens an event with the keyboard alone', async () => {
		await withPage('/', {}, async ({ page }) => {
			await explorerReady(page);
			let found = false;
			for (let i = 0; i < 80 && !found; i++) {
				await page.keyboard.press('Tab');
				found = await page.evaluate(() => {
					const el = document.activeElement;
					return Boolean(el?.closest('.event-list li[data-event-id], .marks'));
				});
			}
			assert.ok(found, 'Tab never reached an event');
			await page.keyboard.press('Enter');
			await page.locator('.detail-panel article[data-event-id]').waitFor();
			const id = await shownEvent(page);
			assert.ok(id);
			await page.waitForURL((url) => url.pathname === `${L}/events/${id}`);
			// Focus is not dropped on the body when the list gives way to the detail.
			const focused = await page.evaluate(() => document.activeElement?.tagName);
			assert.notEqual(focused, 'BODY');
		});
	});

	it('lets the skip link take keyboard users to the timeline', async () => {
		await withPage('/', {}, async ({ page }) => {
			await explorerReady(page);
			await page.keyboard.press('Tab');
			assert.equal(
				await page.evaluate(() => document.activeElement?.className.includes('skip-link')),
				true
			);
			await page.keyboard.press('Enter');
			assert.equal(await page.evaluate(() => document.activeElement?.id), 'timeline');
		});
	});

	for (const [name, query, canonical] of [
		[
			'script tags and unknown ids',
			'?event=%3Cscript%3Ealert(1)%3C%2Fscript%3E&event=..%2F..%2Fetc',
			'/'
		],
		['impossible dates', '?from=2022-13-45&to=2021-02-30', '/'],
		['an inverted window', '?from=2022-03-31&to=2022-01-01', '/'],
		['unknown types and countries', '?types=war,party&country=__proto__', '/'],
		[
			'everything at once, repeated',
			'?event=&event=x&from=&to=zzz&types=&types=none,war&country=arm&country=ZZZ&%%%=1',
			'/?country=ARM'
		]
	]) {
		it(`still renders with a malformed query string: ${name}`, async () => {
			await withPage(`/${query}`, {}, async ({ page }) => {
				await explorerReady(page);
				assert.equal(await shownEvent(page), null);
				await page.locator('.event-list').waitFor();
				assert.ok((await page.locator('.timeline canvas').count()) > 0);
				// The address is tidied to what the page actually shows, without a new history entry.
				await page.waitForURL((url) => url.pathname + url.search === localized(String(canonical)));
			});
		});
	}

	it('replaces the history entry, not adds one, when the timeline zooms', async () => {
		await withPage('/', {}, async ({ page }) => {
			await explorerReady(page);
			const length = await page.evaluate(() => history.length);
			const zoomIn = page.locator('.timeline .zoom button').first();
			await zoomIn.click();
			await zoomIn.click();
			await page.waitForURL((url) => url.searchParams.has('from') && url.searchParams.has('to'));
			assert.equal(await page.evaluate(() => history.length), length);
			// And that zoomed link reproduces the same window.
			const zoomed = pathOf(page);
			await page.reload();
			await explorerReady(page);
			// Wait until the timeline has drawn the link's view, then check the URL was not rewritten.
			await page.waitForFunction(
				() =>
					/** @type {HTMLElement | null} */ (document.querySelector('.timeline-frame'))?.dataset
						.eventsDrawn !== undefined
			);
			assert.equal(pathOf(page), zoomed);
		});
	});

	it('turns off transitions and animations for readers who ask for less motion', async () => {
		await withPage('/', { reducedMotion: 'reduce' }, async ({ page }) => {
			await explorerReady(page);
			await clickListedEvent(page, 0);
			const longest = await page.evaluate(() => {
				const seconds = (/** @type {string} */ list) =>
					Math.max(
						...list.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 0.001 : 1))
					);
				let max = 0;
				for (const el of document.querySelectorAll('*')) {
					const style = getComputedStyle(el);
					max = Math.max(max, seconds(style.transitionDuration), seconds(style.animationDuration));
				}
				return max;
			});
			assert.ok(longest <= 0.001, `a ${longest}s transition or animation is left`);
		});
	});

	it('shows the whole article with the quote marked and in view', async () => {
		await withPage('/', {}, async ({ page }) => {
			await explorerReady(page);
			const id = await clickListedEvent(page, 0);
			const source = eventById(id).sources[0];
			assert.ok(source);
			await page.locator('.detail-panel details.article summary').first().click();
			const mark = page.locator('.detail-panel details.article mark').first();
			await mark.waitFor();
			assert.equal(await mark.textContent(), source.quote);
			const inView = await mark.evaluate((el) => {
				const box = /** @type {HTMLElement} */ (el.closest('.text'));
				const m = el.getBoundingClientRect();
				const b = box.getBoundingClientRect();
				return m.top >= b.top - 1 && m.top < b.bottom && box.getAttribute('dir') === 'rtl';
			});
			assert.ok(inView, 'the marked quote is not in the article box’s view');
		});
	});

	it('copies the link when there is no Web Share API, and says so', async () => {
		await withPage(
			'/',
			{
				beforeGoto: async (context) => {
					await context.grantPermissions(['clipboard-read', 'clipboard-write']);
					await context.addInitScript(() => {
						Object.defineProperty(Navigator.prototype, 'share', {
							value: undefined,
							configurable: true
						});
					});
				}
			},
			async ({ page }) => {
				await explorerReady(page);
				const id = await clickListedEvent(page, 0);
				await page.locator('.share button').click();
				await page.locator('.share [role="status"]').filter({ hasText: /./ }).waitFor();
				const copied = await page.evaluate(() => navigator.clipboard.readText());
				assert.equal(new URL(copied).pathname, `${L}/events/${id}`);
			}
		);
	});

	it('hands the link to the Web Share API where there is one', async () => {
		await withPage(
			'/',
			{
				beforeGoto: async (context) => {
					await context.addInitScript(() => {
						Object.defineProperty(Navigator.prototype, 'share', {
							configurable: true,
							value: async (/** @type {ShareData} */ d) => {
								/** @type {any} */ (window).shared = d;
							}
						});
					});
				}
			},
			async ({ page }) => {
				await explorerReady(page);
				await page.locator('.share button').click();
				const shared = await page.waitForFunction(() => /** @type {any} */ (window).shared);
				const value = /** @type {{ url: string }} */ (await shared.jsonValue());
				assert.equal(new URL(value.url).pathname, L);
			}
		);
	});

	it('says the map cannot be shown without WebGL and keeps the rest working', async () => {
		await withPage(
			'/',
			{
				beforeGoto: (context) =>
					context.addInitScript(() => {
						const getContext = HTMLCanvasElement.prototype.getContext;
						// @ts-expect-error narrowed signature
						HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
							return /webgl/.test(type) ? null : getContext.call(this, type, ...rest);
						};
					})
			},
			async ({ page }) => {
				await explorerReady(page);
				await page.locator('[data-map-status="no-webgl"]').waitFor();
				assert.match((await page.locator('.map-slot').textContent()) ?? '', /WebGL/);
				await clickListedEvent(page, 0);
			}
		);
	});

	for (const [name, respond, expected] of [
		[
			'missing',
			{ status: 404, contentType: 'text/html', body: '<!doctype html>' },
			/npm run events/
		],
		[
			'not JSON',
			{ status: 200, contentType: 'application/json', body: '{"version": 1, "events": [' },
			/npm run events/
		],
		[
			'of another shape',
			{ status: 200, contentType: 'application/json', body: '{"version": 2}' },
			/npm run events/
		]
	]) {
		it(`says what to run when the data file is ${name}`, async () => {
			await withPage(
				'/',
				{
					allowConsole: [/status of 404/],
					beforeGoto: (context) =>
						// The explorer loads the event set's index, not events.json (README, Data format).
						context.route('**/data/events.index.json', (route) =>
							route.fulfill(/** @type {any} */ (respond))
						)
				},
				async ({ page }) => {
					await page.locator('main[data-state="problem"]').waitFor();
					assert.match(
						(await page.locator('[role="alert"]').textContent()) ?? '',
						/** @type {RegExp} */ (expected)
					);
					// The header still works and says what the atlas is.
					assert.ok((await page.locator('header h1').textContent())?.length);
				}
			);
		});
	}
});

describe('an event’s own page', () => {
	it('opens the explorer on that event with JavaScript', async () => {
		const event = data.events[Math.floor(data.events.length / 2)];
		assert.ok(event);
		await withPage(`/events/${event.id}`, {}, async ({ page, response }) => {
			assert.equal(response?.status(), 200);
			await explorerReady(page);
			assert.equal(await shownEvent(page), event.id);
			assert.equal(pathOf(page), `${L}/events/${event.id}`);
			assert.ok((await page.title()).includes(event.title.ar));
		});
	});

	it('keeps its prerendered header, and its detail from the explorer’s start on', async () => {
		const event = data.events[0];
		assert.ok(event);
		// The nodes as served, before any script: hydration adopts them; the header is kept (made
		// again, it was part of a long task on a phone), the main part made again once, on purpose
		// (kept, it would shift down as the explorer's tools and timeline arrive; see ExplorerPage).
		// The detail as the explorer starts goes on with its selection, not made again at its stage.
		const beforeGoto = (/** @type {import('playwright-core').BrowserContext} */ context) =>
			context.addInitScript(() => {
				document.addEventListener('DOMContentLoaded', () => {
					const find = () =>
						['header.app-header', '.explorer', '#detail article'].map((s) =>
							document.querySelector(s)
						);
					// @ts-expect-error a test's own global
					window.__served = find();
					new MutationObserver((_, observer) => {
						if (!document.querySelector('main[data-state="starting"]')) return;
						// @ts-expect-error a test's own global
						window.__starting = find();
						observer.disconnect();
					}).observe(document.body, { subtree: true, childList: true, attributes: true });
				});
			});
		await withPage(`/events/${event.id}`, { beforeGoto }, async ({ page }) => {
			await explorerReady(page);
			assert.equal(await shownEvent(page), event.id);
			const kept = await page.evaluate(() =>
				// @ts-expect-error a test's own globals
				[window.__served, window.__starting].map((nodes) =>
					nodes.map((/** @type {Element | null} */ n) => n?.isConnected ?? null)
				)
			);
			assert.deepEqual(kept, [
				[true, false, false],
				[true, true, true]
			]);
		});
	});

	it('is readable without JavaScript, with its title, description and preview tags', async () => {
		const event = data.events.find((e) => e.type === 'summit') ?? data.events[0];
		assert.ok(event);
		await withPage(
			`/events/${event.id}`,
			{ javaScriptEnabled: false },
			async ({ page, response }) => {
				assert.equal(response?.status(), 200);
				assert.ok((await page.title()).includes(event.title.ar));
				const meta = async (/** @type {string} */ selector) =>
					page.locator(selector).first().getAttribute('content');
				assert.equal(await meta('meta[property="og:title"]'), event.title.ar);
				assert.ok((await meta('meta[name="description"]'))?.includes(event.title.ar));
				assert.ok(await meta('meta[property="og:description"]'));
				const article = page.locator(`article[data-event-id="${event.id}"]`);
				assert.equal(await article.count(), 1);
				assert.ok((await article.textContent())?.includes(event.title.en));
				const quotes = await article.locator('blockquote[lang="ar"][dir="rtl"]').allTextContents();
				assert.deepEqual(
					quotes.map((q) => q.trim()),
					event.sources.map((s) => s.quote.trim())
				);
				if (event.type === 'summit') {
					assert.equal(await article.locator('table tbody tr').count(), 6);
					assert.equal(await article.locator('tr.emphasised[data-iso3="ARM"]').count(), 1);
				}
				for (const rel of await page
					.locator('a[target="_blank"]')
					.evaluateAll((els) => els.map((a) => a.getAttribute('rel') ?? ''))) {
					assert.match(rel, /noopener/);
					assert.match(rel, /noreferrer/);
				}
				// It says why the timeline is missing and where every event is listed.
				assert.ok(await page.locator('.noscript a[href]').isVisible());
			}
		);
	});

	it('lists every event, with a link each, on the index page without JavaScript', async () => {
		await withPage('/events', { javaScriptEnabled: false }, async ({ page }) => {
			const hrefs = await page
				.locator('main ol a')
				.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
			assert.equal(hrefs.length, data.events.length);
			for (const href of hrefs.slice(0, 3)) {
				const response = await fetch(new URL(href, page.url()));
				assert.equal(response.status, 200, href);
			}
		});
	});
});

describe('the other language', () => {
	it('opens the same view in English, with Arabic quotes still marked as Arabic', async () => {
		const event = data.events[0];
		assert.ok(event);
		await withPage('/', {}, async ({ page }) => {
			await explorerReady(page);
			const id = await clickListedEvent(page, 0);
			await page.locator('a.language').click();
			await page.waitForURL((url) => url.pathname === `/en/events/${id}`);
			await explorerReady(page);
			assert.equal(await page.locator('html').getAttribute('lang'), 'en');
			assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
			assert.equal(await shownEvent(page), id);
			const detail = page.locator('.detail-panel article');
			assert.equal((await detail.locator('h2').textContent())?.trim(), eventById(id).title.en);
			assert.ok((await detail.locator('blockquote[lang="ar"][dir="rtl"]').count()) > 0);
			assert.deepEqual(await axeViolations(page), []);
		});
	});

	it('switches the home page to English and back on real pages', async () => {
		await withPage('/', {}, async ({ page }) => {
			await explorerReady(page);
			const [english] = await Promise.all([
				page.waitForNavigation(),
				page.locator('a.language').click()
			]);
			assert.equal(english?.status(), 200);
			assert.equal(new URL(page.url()).pathname, '/en');
			await explorerReady(page);
			assert.equal(await page.locator('html').getAttribute('lang'), 'en');
			const [arabic] = await Promise.all([
				page.waitForNavigation(),
				page.locator('a.language').click()
			]);
			assert.equal(arabic?.status(), 200);
			assert.equal(new URL(page.url()).pathname, L);
			assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
		});
	});

	it('has every event page prerendered in English too', async () => {
		await setup();
		for (const event of data.events.slice(0, 5)) {
			const response = await fetch(`${origin()}/en/events/${event.id}`);
			assert.equal(response.status, 200, event.id);
			assert.match(await response.text(), /<html lang="en" dir="ltr">/);
		}
	});
});

describe('the event detail', () => {
	it('closes with Esc pressed inside it and goes back to the list', async () => {
		const id = data.events[0]?.id;
		await withPage(`/events/${id}`, {}, async ({ page }) => {
			await explorerReady(page);
			await page.locator('.detail-panel button.close').focus();
			await page.keyboard.press('Escape');
			await page.waitForURL((url) => url.pathname === L);
			await page.locator('.event-list').waitFor();
		});
	});
});

describe('an unknown event id', () => {
	for (const javaScriptEnabled of [true, false]) {
		it(`shows the 404 page with a link home ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
			await withPage(
				'/events/2099-01-01-summit-nowhere',
				{ javaScriptEnabled, allowConsole: [/status of 404/] },
				async ({ page, response }) => {
					assert.equal(response?.status(), 404);
					const home = page.locator('main a', { hasText: /./ }).last();
					await home.waitFor();
					assert.equal(
						new URL(/** @type {string} */ (await home.getAttribute('href')), page.url()).pathname,
						// One 404.html serves every language: without scripts it links to the bare home,
						// which is the Arabic page; with them, to the page's own language.
						javaScriptEnabled ? L : '/'
					);
					await home.click();
					await page.waitForURL((url) => url.pathname === (javaScriptEnabled ? L : '/'));
					if (javaScriptEnabled) await explorerReady(page);
				}
			);
		});
	}
});

describe('accessibility and layout', () => {
	const pages = () => [
		['the home page', '/', true],
		['an event page', `/events/${data.events[0]?.id}`, true],
		['an event page without JavaScript', `/events/${data.events[0]?.id}`, false],
		['the list of events', '/events', true],
		['the 404 page', '/events/nope', true]
	];

	it('has no serious or critical axe-core violations', async () => {
		for (const [name, path, js] of pages()) {
			await withPage(String(path), { allowConsole: [/status of 404/] }, async ({ page }) => {
				if (js && path !== '/events' && path !== '/events/nope') await explorerReady(page);
				else await page.locator('main').first().waitFor();
				if (!js) return;
				assert.deepEqual(await axeViolations(page), [], String(name));
			});
		}
	});

	it('has no serious or critical axe-core violations in an event page as served, before any script', async () => {
		const path = `${L}/events/${data.events[0]?.id}`;
		await withPage(
			path,
			{
				// The prerendered HTML with its scripts taken out: what a reader without JavaScript gets
				// (less the noscript notes), with axe still able to run.
				beforeGoto: (context) =>
					context.route(
						(url) => url.pathname === path,
						async (route) => {
							const response = await route.fetch();
							const body = (await response.text()).replace(/<script[\s\S]*?<\/script>/g, '');
							await route.fulfill({ response, body });
						}
					)
			},
			async ({ page }) => {
				await page.locator(`article[data-event-id]`).waitFor();
				assert.equal(await page.locator('main[data-state="ready"]').count(), 0);
				assert.deepEqual(await axeViolations(page), []);
			}
		);
	});

	it('has no serious or critical axe-core violations with an event and its article open', async () => {
		await withPage('/', {}, async ({ page }) => {
			await explorerReady(page);
			await clickListedEvent(page, 0);
			await page.locator('.detail-panel details.article summary').first().click();
			await page.locator('.detail-panel details.article .text').first().waitFor();
			assert.deepEqual(await axeViolations(page), []);
		});
	});

	it('has no horizontal scroll at 375 px', async () => {
		for (const [name, path, js] of pages()) {
			await withPage(
				String(path),
				{ viewport: PHONE, javaScriptEnabled: Boolean(js), allowConsole: [/status of 404/] },
				async ({ page }) => {
					if (js && path !== '/events' && path !== '/events/nope') await explorerReady(page);
					assert.equal(await horizontalOverflow(page), 0, String(name));
				}
			);
		}
		await withPage('/', { viewport: PHONE }, async ({ page }) => {
			await explorerReady(page);
			await clickListedEvent(page, 0);
			await page.locator('.detail-panel details.article summary').first().click();
			await page.locator('.detail-panel details.article .text').first().waitFor();
			assert.equal(await horizontalOverflow(page), 0, 'with an event open');
		});
	});

	it('puts the map beside the timeline from 1024 px and stacks them on a phone', async () => {
		for (const [viewport, beside] of [
			[{ width: 1280, height: 800 }, true],
			[{ width: 1024, height: 768 }, true],
			[PHONE, false]
		]) {
			await withPage('/', { viewport: /** @type {any} */ (viewport) }, async ({ page }) => {
				await explorerReady(page);
				const map = await page.locator('.map-slot').boundingBox();
				const timeline = await page.locator('#timeline').boundingBox();
				assert.ok(map && timeline);
				const sideBySide = map.y < timeline.y + timeline.height && timeline.y < map.y + map.height;
				assert.equal(sideBySide, beside, JSON.stringify(viewport));
			});
		}
	});

	it('takes screenshots at 1280 and 375 px', async () => {
		const event = data.events.find((e) => e.type === 'summit') ?? data.events[0];
		assert.ok(event);
		for (const [name, viewport] of [
			['1280', { width: 1280, height: 800 }],
			['375', PHONE]
		]) {
			await withPage('/', { viewport: /** @type {any} */ (viewport) }, async ({ page }) => {
				await explorerReady(page);
				// On a phone the map loads as it nears the viewport: scroll to it, then back to the top.
				await page.locator('.map-slot').scrollIntoViewIfNeeded();
				await page
					.locator(
						'[data-map-status="ready"], [data-map-status="no-webgl"], [data-map-status="failed"]'
					)
					.waitFor({ timeout: 30_000 });
				await page.evaluate(() => window.scrollTo(0, 0));
				await page.evaluate(() => document.fonts.ready);
				await page.screenshot({ path: join(SHOTS, `home-${name}.png`) });
			});
			await withPage(
				`/events/${event.id}`,
				{ viewport: /** @type {any} */ (viewport) },
				async ({ page }) => {
					await explorerReady(page);
					await page.locator('.detail-panel details.article summary').first().click();
					await page.locator('.detail-panel mark').first().waitFor();
					await page.locator('.detail-panel').scrollIntoViewIfNeeded();
					await page.screenshot({ path: join(SHOTS, `event-${name}.png`), fullPage: true });
				}
			);
			await withPage(
				`/events/${event.id}`,
				{ viewport: /** @type {any} */ (viewport), javaScriptEnabled: false },
				async ({ page }) => {
					await page.screenshot({ path: join(SHOTS, `event-nojs-${name}.png`), fullPage: true });
				}
			);
		}
	});
});
