/**
 * The reader's tools in a real browser, in both languages: find an event by a variant spelling,
 * set the window with the date inputs and the overview's brush (and see the brush follow the
 * timeline), download what is in view, embed the explorer, and the phone's first screen.
 * Expectations come from the event set the build shipped. Screenshots go to test-results/tools/.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
	assertClean,
	BUILD_DIR,
	isOwnRequest,
	openPage,
	origin,
	ROOT,
	setup,
	teardown
} from './harness.js';

after(teardown);

const SHOTS = join(ROOT, 'test-results', 'tools');
const LANGS = /** @type {const} */ (['ar', 'en']);

/** @typedef {import('playwright-core').Page} Page */
/**
 * @typedef {{ id: string, type: string, date: string, end?: string, countries: string[],
 *   title: { ar: string, en: string }, place: { name: { ar: string, en: string } } | null,
 *   sources: Array<{ article: string, quote: string, start: number, end: number }> }} Event
 */

/** @type {{ events: Event[], window: { start: string, end: string } }} */
let data;
before(() => {
	data = JSON.parse(readFileSync(join(BUILD_DIR, 'data', 'events.json'), 'utf8'));
	assert.ok(data.events.length > 0, 'the build shipped no events: run `npm run events` first');
	mkdirSync(SHOTS, { recursive: true });
});

/**
 * @param {string} path
 * @param {Parameters<typeof openPage>[1]} options
 * @param {(page: Page) => Promise<void>} body
 */
async function withPage(path, options, body) {
	const opened = await openPage(path, options);
	try {
		await opened.page.locator('main[data-state="ready"]').waitFor({ timeout: 30_000 });
		await body(opened.page);
		assertClean(opened);
	} finally {
		await opened.close();
	}
}

/** @param {Page} page */
async function shownEvent(page) {
	const article = page.locator('.detail-panel article[data-event-id]');
	return (await article.count()) === 0 ? null : article.getAttribute('data-event-id');
}

/** The visible window as the date inputs show it. @param {Page} page */
async function dates(page) {
	return {
		from: await page.locator('.dates input[type="date"]').nth(0).inputValue(),
		to: await page.locator('.dates input[type="date"]').nth(1).inputValue()
	};
}

/** Pixel span of the overview brush's selection. @param {Page} page */
async function brushBox(page) {
	const box = await page.locator('[data-overview] .selection').boundingBox();
	assert.ok(box, 'the brush shows no selection');
	return box;
}

/** @param {string} id */
const byId = (id) => {
	const e = data.events.find((x) => x.id === id);
	assert.ok(e, `no event ${id}`);
	return e;
};

describe('find', () => {
	for (const lang of LANGS) {
		it(`finds "قرغيزستان" as "قيرغيزستان" and selects the first result with Enter (${lang})`, async () => {
			await withPage(`/${lang}`, {}, async (page) => {
				const box = page.getByRole('combobox');
				await box.fill('قرغيزستان');
				const options = page.locator('[role="listbox"] [role="option"]');
				await options.first().waitFor();
				const ids = await options.evaluateAll((els) =>
					els.map((e) => /** @type {HTMLElement} */ (e).dataset.eventId ?? '')
				);
				// Every result is about Kyrgyzstan, spelt either way, in its countries or its quotes.
				for (const id of ids) {
					const e = byId(id);
					assert.ok(
						e.countries.includes('KGZ') ||
							e.sources.some((s) => /قي?رغيزستان/.test(s.quote)) ||
							/قي?رغيزستان/.test(e.title.ar),
						`${id} is not about Kyrgyzstan`
					);
				}
				// Each result shows its date.
				assert.ok((await options.first().locator('time').textContent())?.trim());
				await page.screenshot({ path: join(SHOTS, `search-${lang}.png`) });
				await box.press('Enter');
				await page.locator(`.detail-panel article[data-event-id="${ids[0]}"]`).waitFor();
				await page.waitForFunction(() => new URL(location.href).searchParams.has('q'));
				assert.equal(new URL(page.url()).searchParams.get('q'), 'قرغيزستان');
			});
		});
	}

	it('finds Pashinyan from a truncated spelling and selects it with a click', async () => {
		const expected = data.events.filter((e) => e.sources.some((s) => s.quote.includes('باشينيان')));
		assert.ok(expected.length > 0, 'the seeds quote Pashinyan');
		await withPage('/ar', {}, async (page) => {
			await page.getByRole('combobox').fill('باشينيا');
			const option = page.locator('[role="listbox"] [role="option"]').first();
			await option.waitFor();
			const id = await option.getAttribute('data-event-id');
			assert.ok(
				expected.some((e) => e.id === id),
				`${id} does not quote Pashinyan`
			);
			await option.click();
			await page.locator(`.detail-panel article[data-event-id="${id}"]`).waitFor();
			assert.equal(await shownEvent(page), id);
		});
	});

	it('reopens a link with ?q= with the text in the box', async () => {
		await withPage('/en?q=Minsk', {}, async (page) => {
			assert.equal(await page.getByRole('combobox').inputValue(), 'Minsk');
		});
	});
});

describe('date inputs and the overview brush', () => {
	for (const lang of LANGS) {
		it(`date inputs set the window and follow the brush; the brush follows the timeline (${lang})`, async () => {
			await withPage(`/${lang}`, {}, async (page) => {
				assert.deepEqual(await dates(page), { from: data.window.start, to: data.window.end });
				const whole = await brushBox(page);

				// Dates → window → brush.
				await page.locator('.dates input[type="date"]').nth(0).fill('2022-01-01');
				await page.locator('.dates input[type="date"]').nth(1).fill('2022-12-31');
				await page.waitForFunction(() =>
					new URL(location.href).search.includes('from=2022-01-01&to=2022-12-31')
				);
				const year = await brushBox(page);
				assert.ok(
					Math.abs(year.width - whole.width / 3) < 6,
					`a year's brush is a third of the strip: ${year.width} of ${whole.width}`
				);
				// 2022 is the middle third whichever way the axis runs.
				assert.ok(Math.abs(year.x - (whole.x + whole.width / 3)) < 6);
				const text = await page.locator('[data-date-text="from"]').textContent();
				if (lang === 'ar') assert.match(text ?? '', /كانون الثاني\/يناير/);
				await page.screenshot({ path: join(SHOTS, `dates-${lang}.png`) });

				// Brush drag → window: a third of the strip later (left in Arabic, right in English).
				const later = lang === 'ar' ? -1 : 1;
				const cx = year.x + year.width / 2;
				const cy = year.y + year.height / 2;
				await page.mouse.move(cx, cy);
				await page.mouse.down();
				await page.mouse.move(cx + (later * whole.width) / 3, cy, { steps: 8 });
				await page.mouse.up();
				await page.waitForFunction(() =>
					/^2023-0?1-0[1-3]$/.test(
						/** @type {HTMLInputElement} */ (document.querySelectorAll('.dates input')[0]).value
					)
				);

				// Brush resize → window: the later edge dragged back to the middle of 2023.
				const moved = await brushBox(page);
				const edge = later > 0 ? moved.x + moved.width - 1 : moved.x + 1;
				await page.mouse.move(edge, cy);
				await page.mouse.down();
				await page.mouse.move(edge - (later * moved.width) / 2, cy, { steps: 8 });
				await page.mouse.up();
				await page.waitForFunction(() => {
					const to = /** @type {HTMLInputElement} */ (document.querySelectorAll('.dates input')[1])
						.value;
					return to >= '2023-06-15' && to <= '2023-07-20';
				});

				// Timeline zoom → brush: "Show all" widens the brush to the whole strip again.
				await page.locator('.timeline .zoom button.all').click();
				await page.waitForFunction((w) => {
					const s = document.querySelector('[data-overview] .selection');
					return s !== null && Math.abs(s.getBoundingClientRect().width - w) < 2;
				}, whole.width);
				assert.deepEqual(await dates(page), { from: data.window.start, to: data.window.end });
			});
		});
	}

	it('moves the window with the keyboard on the brush without stepping the timeline', async () => {
		await withPage('/en?from=2022-01-01&to=2022-12-31', {}, async (page) => {
			const slider = page.getByRole('slider');
			await slider.focus();
			await slider.press('ArrowRight');
			await page.waitForFunction(
				() =>
					/** @type {HTMLInputElement} */ (document.querySelectorAll('.dates input')[0]).value >
					'2022-01-01'
			);
			await slider.press('Home');
			await page.waitForFunction(
				() =>
					/** @type {HTMLInputElement} */ (document.querySelectorAll('.dates input')[0]).value ===
					'2021-01-01'
			);
			assert.equal(await shownEvent(page), null, 'arrows on the brush select no event');
			assert.equal(
				await page.evaluate(() => document.activeElement?.getAttribute('role')),
				'slider'
			);
		});
	});
});

/** A strict RFC 4180 reader. @param {string} text */
function parseCsv(text) {
	/** @type {string[][]} */ const rows = [];
	/** @type {string[]} */ let row = [];
	let field = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && body[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

/** UTC span [start, end) of a partial date. @param {string} d */
function spanOf(d) {
	const [y = 0, m, day] = d.split('-').map(Number);
	if (m === undefined) return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
	if (day === undefined) return { start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1) };
	return { start: Date.UTC(y, m - 1, day), end: Date.UTC(y, m - 1, day + 1) };
}

/**
 * The events the explorer has in view for a window and type filter, from the shipped data.
 * @param {string} from @param {string} to @param {string[]} types
 */
function expectedInView(from, to, types) {
	const start = spanOf(from).start;
	const end = spanOf(to).end;
	return data.events
		.filter((e) => types.includes(e.type))
		.filter((e) => {
			const a = spanOf(e.date);
			const b = e.end ? spanOf(e.end) : a;
			return Math.max(a.end, b.end) > start && a.start < end;
		});
}

/**
 * Clicks an export button and returns the downloaded file's name and text.
 * @param {Page} page @param {string} kind
 */
async function download(page, kind) {
	const summary = page.locator('.export summary');
	if (!(await page.locator('.export').evaluate((d) => /** @type {HTMLDetailsElement} */ (d).open)))
		await summary.click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`[data-export="${kind}"]`).click()
	]);
	const path = await file.path();
	assert.ok(path, 'the download was saved');
	return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('take away', () => {
	for (const lang of LANGS) {
		it(`downloads CSV, sources CSV, JSON and ICS of the events in view, filters applied (${lang})`, async () => {
			const types = ['summit', 'clash'];
			const expected = expectedInView('2022-01-01', '2023-12-31', types);
			assert.ok(expected.length > 0, 'the seeds have summits or clashes in 2022–2023');
			const ids = expected.map((e) => e.id);
			await withPage(
				`/${lang}?from=2022-01-01&to=2023-12-31&types=${types.join(',')}`,
				{},
				async (page) => {
					const csv = await download(page, 'events-csv');
					assert.equal(csv.name, 'csto-atlas-events-2022-01-01_2023-12-31.csv');
					const [header = [], ...rows] = parseCsv(csv.text);
					assert.equal(header[0], 'id');
					assert.deepEqual(
						rows.map((r) => r[0]),
						ids
					);
					/** @param {string} name */
					const col = (name) => header.indexOf(name);
					for (const [i, e] of expected.entries()) {
						const row = rows[i] ?? [];
						assert.equal(row[col('title_ar')], e.title.ar);
						assert.equal(row[col('date')], e.date);
						assert.match(row[col('permalink')] ?? '', new RegExp(`/${lang}/events/${e.id}$`));
					}

					const sources = parseCsv((await download(page, 'sources-csv')).text);
					const quotes = expected.flatMap((e) => e.sources.map((s) => [e.id, s.quote, s.start]));
					assert.deepEqual(
						sources.slice(1).map((r) => [r[0], r[5], Number(r[6])]),
						quotes
					);

					const json = JSON.parse((await download(page, 'json')).text);
					assert.equal(json.version, 2);
					assert.deepEqual(json.events, expected);
					// Status sentences cite events in the file by reference, or carry their own quote.
					/** @type {Array<{ event?: string, article?: string }>} */
					const statusSources = Object.values(json.memberStatus).flatMap(
						(/** @type {any} */ periods) => periods.flatMap((/** @type {any} */ p) => p.sources)
					);
					for (const s of statusSources)
						if (s.event) assert.ok(ids.includes(s.event), `status cites ${s.event} in the file`);
					const cited = new Set([
						...expected.flatMap((e) => e.sources.map((s) => s.article)),
						...statusSources.flatMap((s) => (s.article ? [s.article] : []))
					]);
					assert.deepEqual(
						new Set(json.articles.map((/** @type {{ id: string }} */ a) => a.id)),
						cited
					);

					const ics = (await download(page, 'ics')).text;
					const unfolded = ics.replace(/\r\n /g, '');
					const uids = [...unfolded.matchAll(/^UID:(.+)@csto-atlas\r$/gm)].map((m) => m[1]);
					assert.deepEqual(uids, ids);
					for (const e of expected) {
						const { start, end } = spanOf(e.date);
						const day = (/** @type {number} */ t) =>
							new Date(t).toISOString().slice(0, 10).replaceAll('-', '');
						if (!e.end)
							assert.ok(
								unfolded.includes(
									`UID:${e.id}@csto-atlas\r\nDTSTAMP:` // followed by the stamp
								) &&
									unfolded.includes(
										`DTSTART;VALUE=DATE:${day(start)}\r\nDTEND;VALUE=DATE:${day(end)}`
									),
								`${e.id} spans ${day(start)}–${day(end)}`
							);
					}
					for (const line of ics.split('\r\n'))
						assert.ok(Buffer.byteLength(line) <= 75, `ICS line too long: ${line}`);
				}
			);
		});
	}

	it('shows a citation with the permalink and prints the detail without the rest', async () => {
		const e = data.events[0];
		assert.ok(e);
		await withPage(`/en/events/${e.id}`, {}, async (page) => {
			const cite = page.locator('[data-cite]');
			await cite.waitFor();
			const text = (await cite.textContent()) ?? '';
			assert.ok(text.includes(e.title.en), text);
			assert.ok(text.endsWith(`/en/events/${e.id}`), text);
			await page.emulateMedia({ media: 'print' });
			assert.equal(await page.locator('.app-header').isVisible(), false);
			assert.equal(await page.locator('#timeline').isVisible(), false);
			assert.equal(await page.locator('.geo').isVisible(), false);
			assert.ok(await page.locator('.detail-panel article').isVisible());
			assert.ok(
				await page.locator('.detail-panel blockquote, .detail-panel q').first().isVisible()
			);
			await page.screenshot({ path: join(SHOTS, 'print-en.png'), fullPage: true });
		});
	});

	for (const lang of LANGS) {
		it(`embeds the view in an iframe from the copyable snippet, without the header (${lang})`, async () => {
			await withPage(`/${lang}?types=summit`, {}, async (page) => {
				await page.locator('.export summary').click();
				const snippet = await page.locator('.export textarea').inputValue();
				assert.match(snippet, /^<iframe src="[^"]+embed=1" title="[^"]+"/);
				await page.setContent(`<!doctype html><title>host</title><h1>Host page</h1>${snippet}`);
				const frame = page.frameLocator('iframe');
				await frame.locator('main[data-state="ready"][data-embed]').waitFor({ timeout: 30_000 });
				assert.equal(await frame.locator('.app-header').count(), 0);
				assert.equal(await frame.locator('.tools').count(), 0);
				await frame.locator('.timeline canvas').first().waitFor();
				await frame.locator('.detail-panel').waitFor();
				await frame.locator('.geo .map').waitFor();
				await page.screenshot({ path: join(SHOTS, `embed-${lang}.png`) });
			});
		});
	}
});

describe('phone first', () => {
	for (const lang of LANGS) {
		it(`shows the timeline and Armenia's status on the first screen at 375 × 812 and takes a tap (${lang})`, async () => {
			const { browser } = await setup();
			const own = origin();
			const context = await browser.newContext({
				viewport: { width: 375, height: 812 },
				hasTouch: true,
				isMobile: true,
				// The view jumps instead of gliding, so each gesture's effect is its own.
				reducedMotion: 'reduce',
				locale: lang === 'ar' ? 'ar' : 'en-GB',
				timezoneId: 'Asia/Yerevan',
				serviceWorkers: 'block'
			});
			/** @type {string[]} */ const errors = [];
			/** @type {string[]} */ const foreign = [];
			context.on('request', (r) => {
				if (!isOwnRequest(r.url(), own)) foreign.push(r.url());
			});
			try {
				const page = await context.newPage();
				page.on('pageerror', (e) => errors.push(String(e)));
				await page.goto(`${own}/${lang}`);
				await page.locator('main[data-state="ready"]').waitFor({ timeout: 30_000 });
				await page.locator('.timeline .marks button[data-event]').first().waitFor();
				const shot = join(SHOTS, `phone-${lang}.png`);
				await page.screenshot({ path: shot });

				// The timeline's top and the whole status band are on the first screen.
				const timeline = await page.locator('#timeline').boundingBox();
				const band = await page.locator('.timeline .band').boundingBox();
				assert.ok(timeline && band);
				assert.ok(timeline.y >= 0 && timeline.y < 812, `timeline top at ${timeline.y}`);
				assert.ok(band.y + band.height <= 812, `status band ends at ${band.y + band.height}`);
				// The header is folded: its controls are behind the menu button.
				assert.equal(await page.locator('.app-header .controls').isVisible(), false);
				await page.locator('.menu-toggle').tap();
				await page.locator('.app-header .controls').waitFor();
				await page.locator('.menu-toggle').tap();
				await page.locator('.app-header .controls').waitFor({ state: 'hidden' });
				// No keyboard help for a finger.
				const help = await page.locator('.timeline .help').boundingBox();
				assert.ok(help && help.width <= 1 && help.height <= 1, 'keyboard help is shown');
				// Vertical swipes over the timeline and the overview stay the page's.
				for (const sel of ['.timeline .surface', '[data-overview]'])
					assert.equal(
						await page.locator(sel).evaluate((e) => getComputedStyle(e).touchAction),
						'pan-y'
					);
				// And a finger's swipe up over the timeline or the overview scrolls the page; a
				// sideways drag on the overview's window still moves the timeline.
				const cdp = await context.newCDPSession(page);
				/** @param {number} x @param {number} y @param {number} dx @param {number} dy */
				const swipe = async (x, y, dx, dy) => {
					await cdp.send('Input.dispatchTouchEvent', {
						type: 'touchStart',
						touchPoints: [{ x, y }]
					});
					for (let i = 1; i <= 10; i++)
						await cdp.send('Input.dispatchTouchEvent', {
							type: 'touchMove',
							touchPoints: [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }]
						});
					await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
				};
				for (const sel of ['.timeline .surface', '[data-overview]']) {
					const box = await page.locator(sel).boundingBox();
					assert.ok(box);
					// Where the scroll ends, fling included (it would carry into the next swipe).
					// (The end of the scroll back to the top may still arrive: only a scroll down counts.)
					const ended = await page.evaluateHandle(() => ({
						y: new Promise((r) => {
							const end = () => {
								if (scrollY <= 0) return;
								removeEventListener('scrollend', end);
								r(scrollY);
							};
							addEventListener('scrollend', end);
						})
					}));
					await swipe(box.x + box.width / 2, box.y + box.height / 2, 0, -150);
					const y = await Promise.race([
						ended.evaluate((o) => o.y),
						new Promise((r) => setTimeout(r, 10_000, 'nothing'))
					]);
					assert.ok(typeof y === 'number' && y > 50, `a swipe up over ${sel} scrolled to ${y}`);
					await page.evaluate(() => scrollTo(0, 0));
					await page.waitForFunction(() => scrollY === 0);
				}
				// Every mark's touch area is at least 24 × 24 px: its button answers 11 px around the centre.
				const mark = page.locator('.timeline .marks button[data-event]:not(.unplaced)').first();
				const id = await mark.getAttribute('data-event');
				const box = await mark.boundingBox();
				assert.ok(box && id);
				const cx = box.x + box.width / 2;
				const cy = box.y + box.height / 2;
				for (const [dx, dy] of /** @type {Array<[number, number]>} */ ([
					[-11, -11],
					[11, -11],
					[-11, 11],
					[11, 11]
				])) {
					const hit = await page.evaluate(
						(p) => document.elementFromPoint(p.x, p.y)?.getAttribute('data-event') ?? null,
						{ x: cx + dx, y: cy + dy }
					);
					assert.equal(hit, id, `the mark's touch area misses (${dx}, ${dy})`);
				}
				await page.touchscreen.tap(cx + 10, cy + 10);
				await page.locator(`.detail-panel article[data-event-id="${id}"]`).waitFor();
				// Sideways drags, once the marks' touch areas are checked (a pan re-lays the buttons out
				// when the view rests).
				await page.locator('.timeline .zoom button').first().tap();
				await page.waitForFunction(
					() =>
						/** @type {HTMLElement} */ (document.querySelector('[data-overview]')).getAttribute(
							'aria-valuenow'
						) !== '0'
				);
				const valueBefore = await page.locator('[data-overview]').getAttribute('aria-valuenow');
				const windowBox = await page.locator('[data-overview] .selection').boundingBox();
				assert.ok(windowBox);
				await swipe(windowBox.x + windowBox.width / 2, windowBox.y + windowBox.height / 2, -60, 0);
				await page
					.waitForFunction(
						(v) => document.querySelector('[data-overview]')?.getAttribute('aria-valuenow') !== v,
						valueBefore
					)
					.catch(() => assert.fail('dragging the overview window did not move the timeline'));
				assert.equal(await page.evaluate(() => scrollY), 0, 'a sideways drag scrolled the page');
				// And one finger dragged sideways over the timeline pans it.
				const panBefore = await page.locator('[data-overview]').getAttribute('aria-valuenow');
				const surfaceBox = await page.locator('.timeline .surface').boundingBox();
				assert.ok(surfaceBox);
				await swipe(surfaceBox.x + surfaceBox.width / 2, surfaceBox.y + 30, 120, 0);
				await page
					.waitForFunction(
						(v) => document.querySelector('[data-overview]')?.getAttribute('aria-valuenow') !== v,
						panBefore
					)
					.catch(() => assert.fail('a sideways drag over the timeline did not pan it'));

				// The map is one tap away.
				await page.locator('.phone-tabs button').nth(1).tap();
				await page.waitForFunction(() => {
					// Scrolled to the map, or as far as the page goes with the map in sight.
					const r = document.querySelector('#geo .map')?.getBoundingClientRect();
					return r !== undefined && r.top >= -1 && r.top < innerHeight - 150;
				});
				await page.screenshot({ path: join(SHOTS, `phone-map-${lang}.png`) });
				assert.deepEqual(errors, []);
				assert.deepEqual(foreign, []);
			} finally {
				await context.close();
			}
		});
	}
});

describe('keyboard without dead ends', () => {
	/** @param {Page} page */
	const focusedMark = (page) =>
		page.evaluate(() => {
			const a = document.activeElement;
			return a === null || a === document.body
				? 'BODY'
				: (a.getAttribute('data-event') ?? a.tagName);
		});

	for (const lang of LANGS) {
		it(`arrows step through every event, off screen too, with focus on a mark all the way (${lang})`, async () => {
			const order = data.events.map((e) => e.id);
			await withPage(`/${lang}?from=2021-04-01&to=2021-06-30`, {}, async (page) => {
				// Tab from the search box into the timeline: focus lands on a mark, not the body.
				const marks = page.locator('.timeline .marks button[data-event]');
				const first = order[0];
				assert.ok(first);
				await page.locator(`.timeline .marks button[data-event="${first}"]`).waitFor({
					state: 'attached'
				});
				await page.locator(`.timeline .marks button[data-event="${first}"]`).focus();
				assert.equal(await focusedMark(page), first);
				// "Later" is → left to right and ← right to left.
				const later = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
				for (let i = 1; i < order.length; i++) {
					await page.keyboard.press(later);
					const id = order[i];
					await page.locator(`.detail-panel article[data-event-id="${id}"]`).waitFor();
					await page.waitForFunction(
						(want) => document.activeElement?.getAttribute('data-event') === want,
						id
					);
				}
				assert.ok((await marks.count()) > 0);
				await page.keyboard.press('Home');
				await page.locator(`.detail-panel article[data-event-id="${first}"]`).waitFor();
				await page.waitForFunction(
					(want) => document.activeElement?.getAttribute('data-event') === want,
					first
				);
			});
		});
	}

	it('→ from a focused mark with nothing selected goes to the next event, not the one after the centre', async () => {
		const order = data.events.map((e) => e.id);
		await withPage('/en', {}, async (page) => {
			const start = order[0];
			const next = order[1];
			assert.ok(start && next);
			const button = page.locator(`.timeline .marks button[data-event="${start}"]`);
			await button.waitFor({ state: 'attached' });
			await button.focus();
			await page.keyboard.press('ArrowRight');
			await page.locator(`.detail-panel article[data-event-id="${next}"]`).waitFor();
		});
	});

	it('+ and − on a focused mark with nothing selected keep focus in the timeline', async () => {
		await withPage('/en', {}, async (page) => {
			const button = page.locator('.timeline .marks button[data-event]').first();
			await button.waitFor({ state: 'attached' });
			await button.focus();
			for (const key of ['+', '+', '+', '+', '+', '+', '-', '-', '+', '+', '+']) {
				await page.keyboard.press(key);
				// Each zoom settles (the date inputs follow the view) before focus is looked at.
				await page.waitForFunction(() => document.activeElement !== document.body);
				assert.notEqual(await focusedMark(page), 'BODY', `focus dropped after ${key}`);
			}
			assert.equal(await page.locator('.detail-panel article[data-event-id]').count(), 0);
			await page.keyboard.press('Tab');
			assert.notEqual(await focusedMark(page), 'BODY');
		});
	});

	it('names the map and timeline zoom buttons apart', async () => {
		await withPage('/en', {}, async (page) => {
			await page.locator('.maplibregl-ctrl-zoom-in').waitFor({ timeout: 30_000 });
			const names = await page
				.locator('button')
				.evaluateAll((els) =>
					els
						.map((e) => e.getAttribute('aria-label') ?? e.getAttribute('title') ?? '')
						.filter((n) => /zoom/i.test(n))
				);
			assert.equal(new Set(names).size, names.length, names.join(' | '));
		});
	});
});

describe('labels', () => {
	for (const lang of LANGS) {
		it(`draws titles beside marks, in the page's language, never over each other or a mark (${lang})`, async () => {
			await withPage(`/${lang}?from=2022-01-01&to=2022-02-28`, {}, async (page) => {
				const labels = page.locator('.timeline [data-label]');
				await labels.first().waitFor();
				const found = await labels.evaluateAll((els) =>
					els.map((e) => {
						const r = e.getBoundingClientRect();
						return {
							id: e.getAttribute('data-label') ?? '',
							text: e.textContent ?? '',
							box: { l: r.left, r: r.right, t: r.top, b: r.bottom }
						};
					})
				);
				const marks = await page
					.locator('.timeline .marks button[data-event]:not(.unplaced)')
					.evaluateAll((els) =>
						els.map((e) => {
							const r = e.getBoundingClientRect();
							return { l: r.left + 2, r: r.right - 2, t: r.top, b: r.bottom };
						})
					);
				/** @param {{l: number, r: number, t: number, b: number}} a @param {{l: number, r: number, t: number, b: number}} b */
				const overlap = (a, b) =>
					a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5;
				for (const a of found) {
					assert.equal(a.text, byId(a.id).title[lang]);
					for (const b of found)
						if (a !== b) assert.ok(!overlap(a.box, b.box), `${a.id} over ${b.id}`);
					for (const m of marks) assert.ok(!overlap(a.box, m), `${a.id} over a mark`);
				}
				await page.locator('#timeline').screenshot({ path: join(SHOTS, `labels-${lang}.png`) });
			});
		});
	}
});
