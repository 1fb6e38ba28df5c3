/**
 * The attendance matrix (issue #8, item 3), in both languages at 1280 × 800 and 375 × 812: a deep
 * link opens it, its cells agree with each summit's attendance in events.json, a cell opens its
 * meeting and the sentences that state that member's attendance (as events.json cites them), the keys move as a grid (mirrored in Arabic), the
 * member column stays put while the meetings scroll, and axe finds nothing serious.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { assertClean, BUILD_DIR, openPage, ROOT } from './harness.js';
import { axeViolations } from './probes.js';

after(async () => (await import('./harness.js')).teardown());

const SHOTS = join(ROOT, 'test-results', 'matrix');
mkdirSync(SHOTS, { recursive: true });
/** @type {{ events: Array<{ id: string, type: string, date: string, participation?: Record<string, string>, participationSources?: Record<string, number[]>, sources: Array<{ quote: string }> }> }} */
const DATA = JSON.parse(readFileSync(join(BUILD_DIR, 'data', 'events.json'), 'utf8'));
const MEMBERS = ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK'];
const SUMMITS = DATA.events
	.filter((e) => e.type === 'summit')
	.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
const MINSK = '2023-11-23-summit-minsk';
const SIZES = [
	{ name: 'wide', viewport: { width: 1280, height: 800 } },
	{ name: 'phone', viewport: { width: 375, height: 812 } }
];

describe('the attendance matrix', () => {
	for (const lang of /** @type {const} */ (['en', 'ar']))
		for (const size of SIZES)
			it(`opens from a deep link and agrees with events.json (${lang}, ${size.name})`, async () => {
				const opened = await openPage(`/${lang}?matrix=1`, { viewport: size.viewport });
				try {
					const { page } = opened;
					const matrix = page.locator('[data-matrix]');
					await matrix.waitFor();
					assert.equal(await page.locator('.matrix-toggle').getAttribute('aria-pressed'), 'true');
					const columns = await matrix
						.locator('thead th[data-event]')
						.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-event')));
					assert.deepEqual(
						columns,
						SUMMITS.map((e) => e.id)
					);
					for (const event of SUMMITS)
						for (const code of MEMBERS) {
							const cell = matrix.locator(
								`tr[data-iso3-row="${code}"] td[data-event="${event.id}"]`
							);
							assert.equal(
								await cell.getAttribute('data-attendance'),
								event.participation?.[code] ?? 'unknown',
								`${code} at ${event.id}`
							);
						}
					// Armenia's row first, in words as well as colour.
					const first = matrix.locator('tbody tr').first();
					assert.equal(await first.getAttribute('data-iso3-row'), 'ARM');
					assert.ok((await first.locator('td').first().innerText()).trim().length > 0);

					// Keys move as a grid, the columns running right to left in Arabic.
					await matrix.locator('td[data-row="0"][data-col="0"]').focus();
					await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
					await page.keyboard.press('ArrowDown');
					assert.deepEqual(
						await page.evaluate(() => [
							document.activeElement?.getAttribute('data-row'),
							document.activeElement?.getAttribute('data-col')
						]),
						['1', '1']
					);
					await page.keyboard.press('Control+End');
					await page.keyboard.press('Control+Home');

					// A cell opens its meeting and exactly the sentences that state that member's
					// attendance, each saying what it states.
					const minsk = DATA.events.find((e) => e.id === MINSK);
					assert.ok(minsk?.participation);
					for (const code of ['BLR', 'ARM']) {
						const cell = matrix.locator(`tr[data-iso3-row="${code}"] td[data-event="${MINSK}"]`);
						await cell.scrollIntoViewIfNeeded();
						await cell.click();
						await page.waitForURL(new RegExp(`/${lang}/events/${MINSK}\\?matrix=1$`));
						await page.waitForFunction(
							(want) => document.querySelectorAll('[data-evidence] blockquote').length === want,
							minsk.participationSources?.[code]?.length
						);
						const quotes = (await page.locator('[data-evidence] blockquote').allTextContents()).map(
							(q) => q.trim()
						);
						assert.deepEqual(
							quotes,
							(minsk.participationSources?.[code] ?? []).map((i) => minsk.sources[i]?.quote.trim()),
							`${code}'s own sentences`
						);
						assert.equal(await cell.getAttribute('aria-selected'), 'true');
					}
					assert.equal(
						(await page.locator('[data-evidence] [data-said]').first().textContent())?.trim(),
						lang === 'en' ? 'States Armenia was absent' : 'تذكر غياب أرمينيا'
					);

					if (size.name === 'phone') {
						const scroller = matrix.locator('.scroller');
						const wide = await scroller.evaluate((el) => el.scrollWidth > el.clientWidth);
						assert.ok(wide, 'the meetings scroll sideways');
						const head = matrix.locator('tr[data-iso3-row="ARM"] th');
						const before = await head.boundingBox();
						await scroller.evaluate((el) => {
							el.scrollLeft = getComputedStyle(el).direction === 'rtl' ? -9999 : 9999;
						});
						await page.waitForFunction(
							() => Math.abs(document.querySelector('[data-matrix] .scroller')?.scrollLeft ?? 0) > 0
						);
						const after = await head.boundingBox();
						assert.equal(
							Math.round(after?.x ?? -1),
							Math.round(before?.x ?? -2),
							'the member column stays'
						);
					}
					await matrix.screenshot({ path: join(SHOTS, `${lang}-${size.name}.png`) });
					assert.deepEqual(await axeViolations(page, '[data-matrix]'), []);

					// The deep link with the cell's event reopens the matrix.
					await page.reload();
					await matrix.waitFor();
					assertClean(opened);
				} finally {
					await opened.close();
				}
			});
});
