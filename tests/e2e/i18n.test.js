/**
 * Arabic and English in a real browser: the language is in the URL, a bare link opens in the
 * reader's language, Arabic pages are right-to-left throughout, the switch keeps the view, event
 * pages exist in both languages with alternates, digits follow the reader's choice, and neither
 * language overflows or clips its text on a phone or a desktop.
 */
import assert from 'node:assert/strict';
import { tsImport } from 'tsx/esm/api';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertClean, BUILD_DIR, openPage, origin, setup, teardown } from './harness.js';

const SHOTS = join(process.cwd(), 'test-results', 'i18n');
/** @type {import('../../src/lib/model/schema').EventSet} */
const data = JSON.parse(readFileSync(join(BUILD_DIR, 'data', 'events.json'), 'utf8'));
const byDate = [...data.events].sort((a, b) => a.date.localeCompare(b.date));
const earliest = byDate[0];
const latest = byDate[byDate.length - 1];
const summit = data.events.find((e) => e.type === 'summit' && e.participation);

before(async () => {
	await setup();
	mkdirSync(SHOTS, { recursive: true });
	assert.ok(earliest && latest && summit, 'the build shipped too few events');
});
after(teardown);

/**
 * @param {string} path
 * @param {Parameters<typeof openPage>[1]} [options]
 * @param {(o: Awaited<ReturnType<typeof openPage>>) => Promise<void>} [body]
 */
async function withPage(path, options, body) {
	const opened = await openPage(path, options);
	try {
		await body?.(opened);
		assertClean(opened);
	} finally {
		await opened.close();
	}
}

/** @param {import('playwright-core').Page} page */
const ready = (page) => page.locator('main[data-state="ready"]').waitFor({ timeout: 30_000 });

describe('a bare link', () => {
	for (const [browser, expected] of [
		['en-GB', '/en'],
		['ar-EG', '/ar'],
		['fr-FR', '/ar']
	]) {
		it(`opens in ${expected} for a browser in ${browser}, keeping the view in the query`, async () => {
			await withPage('/?country=KAZ&types=summit', { locale: browser }, async ({ page }) => {
				await page.waitForURL((url) => url.pathname === expected);
				assert.equal(new URL(page.url()).search, '?country=KAZ&types=summit');
				await ready(page);
			});
		});
	}

	it('opens in the language the reader chose before, whatever the browser says', async () => {
		await withPage('/ar', { locale: 'en-GB' }, async ({ page }) => {
			await ready(page);
			await page.locator('a.language').click();
			await page.waitForURL((url) => url.pathname === '/en');
			await page.locator('a.language').click();
			await page.waitForURL((url) => url.pathname === '/ar');
			await page.goto(`${origin()}/events/${summit?.id}`);
			await page.waitForURL((url) => url.pathname === `/ar/events/${summit?.id}`);
		});
	});

	it('never moves a link that names its language', async () => {
		await withPage(`/ar/events/${summit?.id}`, { locale: 'en-GB' }, async ({ page }) => {
			await ready(page);
			assert.equal(new URL(page.url()).pathname, `/ar/events/${summit?.id}`);
		});
	});
});

describe('Arabic pages', () => {
	it('are rtl and lang=ar throughout, with the earliest event at the right of the timeline', async () => {
		await withPage('/ar', {}, async ({ page }) => {
			await ready(page);
			assert.equal(await page.getAttribute('html', 'lang'), 'ar');
			assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
			// Nothing inside turns the page back to left-to-right, but English text marked as such.
			const ltr = await page.evaluate(
				() =>
					[...document.querySelectorAll('[dir="ltr"]')].filter(
						(el) => el.getAttribute('lang') !== 'en'
					).length
			);
			assert.equal(ltr, 0);
			const xOf = async (/** @type {string} */ id) =>
				page.evaluate((eventId) => {
					const el = document.querySelector(`.timeline [data-event-id="${CSS.escape(eventId)}"]`);
					return el ? el.getBoundingClientRect().left : null;
				}, id);
			const first = await xOf(/** @type {string} */ (earliest?.id));
			const last = await xOf(/** @type {string} */ (latest?.id));
			if (first !== null && last !== null)
				assert.ok(first > last, `earliest at ${first}, latest at ${last}`);
			// The axis says the same: 2021 stands right of 2023.
			const years = await page.evaluate(() =>
				[...document.querySelectorAll('.timeline .axis span')]
					.map((s) => ({ text: s.textContent?.trim(), x: s.getBoundingClientRect().left }))
					.filter((s) => s.text === '2021' || s.text === '2023')
			);
			const x = (/** @type {string} */ y) => years.find((s) => s.text === y)?.x ?? NaN;
			assert.ok(x('2021') > x('2023'), JSON.stringify(years));
		});
	});

	it('name months in both systems readers use', async () => {
		await withPage(`/ar/events/${summit?.id}`, {}, async ({ page }) => {
			await ready(page);
			const when = await page.locator('.event-detail time').first().textContent();
			assert.match(
				when ?? '',
				/(كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)[^/]*\/(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)/
			);
		});
	});

	it('write digits the way the reader chooses, and remember it', async () => {
		await withPage(`/ar/events/${summit?.id}`, {}, async ({ page }) => {
			await ready(page);
			const when = () => page.locator('.event-detail time').first().textContent();
			assert.match((await when()) ?? '', /\d{4}/);
			await page.getByRole('button', { name: '٢٠٢٣' }).click();
			assert.match((await when()) ?? '', /[٠-٩]{4}/);
			await page.reload();
			await ready(page);
			assert.match((await when()) ?? '', /[٠-٩]{4}/);
			await page.getByRole('button', { name: '2023' }).click();
			assert.match((await when()) ?? '', /\d{4}/);
		});
	});

	it('use the self-hosted Arabic typeface', async () => {
		await withPage('/ar', {}, async ({ page }) => {
			await ready(page);
			await page.evaluate(() => document.fonts.ready);
			const loaded = await page.evaluate(() =>
				[...document.fonts]
					.filter((f) => f.status === 'loaded')
					.map((f) => f.family.replace(/"/g, ''))
			);
			assert.ok(
				loaded.some((f) => /Noto Sans Arabic/.test(f)),
				loaded.join(', ')
			);
		});
	});
});

describe('the language switch', () => {
	it('keeps the selected event and the filters', async () => {
		const query = '?country=BLR&types=summit';
		await withPage(`/ar/events/${summit?.id}${query}`, {}, async ({ page }) => {
			await ready(page);
			await page.locator('a.language').click();
			await page.waitForURL((url) => url.pathname === `/en/events/${summit?.id}`);
			await ready(page);
			const url = new URL(page.url());
			assert.equal(url.searchParams.get('country'), 'BLR');
			assert.equal(url.searchParams.get('types'), 'summit');
			assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
			assert.equal(
				(await page.locator('.event-detail h2').first().textContent())?.trim(),
				summit?.title.en
			);
		});
	});
});

describe('event pages in both languages', () => {
	for (const lang of ['ar', 'en']) {
		it(`are prerendered in ${lang} with alternates and a localised title and description`, async () => {
			const url = `${origin()}/${lang}/events/${summit?.id}`;
			const html = await (await fetch(url)).text();
			assert.match(
				html,
				new RegExp(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`)
			);
			// Absolute, on the origin the build was configured with (VITE_SITE_ORIGIN, else the default).
			const { siteOrigin } = await tsImport('../../src/lib/url/siteOrigin.ts', import.meta.url);
			const site = siteOrigin(process.env.VITE_SITE_ORIGIN);
			const alternates = Object.fromEntries(
				[...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
					([, l, href]) => [l, href]
				)
			);
			assert.deepEqual(alternates, {
				ar: `${site}/ar/events/${summit?.id}`,
				en: `${site}/en/events/${summit?.id}`,
				'x-default': `${site}/events/${summit?.id}`
			});
			const page = `${site}/${lang}/events/${summit?.id}`;
			assert.match(html, new RegExp(`<link rel="canonical" href="${page}"`));
			assert.match(html, new RegExp(`<meta property="og:url" content="${page}"`));
			const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
			assert.ok(
				title.includes(lang === 'ar' ? (summit?.title.ar ?? '?') : (summit?.title.en ?? '?')),
				title
			);
			assert.match(html, /<meta name="description" content="[^"]+"/);
			assert.match(html, /<meta property="og:title" content="[^"]+"/);
		});
	}
});

describe('layout in both languages', () => {
	for (const lang of ['ar', 'en'])
		for (const { name, width, height } of [
			{ name: 'a phone', width: 375, height: 780 },
			{ name: 'a desktop', width: 1280, height: 800 }
		]) {
			it(`neither overflows nor clips text in ${lang} on ${name}`, async () => {
				await withPage(
					`/${lang}/events/${summit?.id}`,
					{ viewport: { width, height } },
					async ({ page }) => {
						await ready(page);
						// Measure once the fonts are in: a fallback font lays text out differently.
						await page.evaluate(() => document.fonts.ready);
						const problems = await page.evaluate(() => {
							const out = [];
							const width = document.documentElement.clientWidth;
							if (document.documentElement.scrollWidth > width + 1)
								out.push(
									`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`
								);
							for (const el of document.querySelectorAll(
								'h1, h2, h3, p, li, a, button, label, th, td, dt, dd, time, span'
							)) {
								const style = getComputedStyle(el);
								if (
									style.display === 'none' ||
									style.visibility === 'hidden' ||
									!el.textContent?.trim()
								)
									continue;
								if (
									el.closest('.visually-hidden, .sr, [aria-hidden="true"], .maplibregl-ctrl-attrib')
								)
									continue;
								const r = el.getBoundingClientRect();
								if (r.width === 0 || r.height === 0) continue;
								if (r.right > width + 1 || r.left < -1)
									out.push(`off screen: ${el.tagName} "${el.textContent.trim().slice(0, 40)}"`);
								const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
								if (
									clips &&
									style.textOverflow !== 'ellipsis' &&
									el.scrollWidth > el.clientWidth + 1 &&
									el.children.length === 0
								)
									out.push(`clipped: ${el.tagName} "${el.textContent.trim().slice(0, 40)}"`);
							}
							return out.slice(0, 10);
						});
						await page.screenshot({
							path: join(SHOTS, `${lang}-${width}.png`),
							fullPage: false
						});
						assert.deepEqual(problems, []);
					}
				);
			});
		}
});
