/**
 * Sources grouped by article (issue #8, item 4, the detail half): the Minsk summit shows one card
 * per cited article, each with its outlet once and every quote from it marked in the whole text.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { assertClean, BUILD_DIR, openPage, ROOT } from './harness.js';
import { axeViolations } from './probes.js';

after(async () => (await import('./harness.js')).teardown());

const SHOTS = join(ROOT, 'test-results', 'articles');
mkdirSync(SHOTS, { recursive: true });
/** @type {{ events: Array<{ id: string, sources: Array<{ article: string, quote: string }> }> }} */
const DATA = JSON.parse(readFileSync(join(BUILD_DIR, 'data', 'events.json'), 'utf8'));
const MINSK = DATA.events.find((e) => e.id === '2023-11-23-summit-minsk');

describe('sources by article', () => {
	for (const lang of ['en', 'ar'])
		it(`shows one card per article with all its quotes marked (${lang})`, async () => {
			assert.ok(MINSK);
			const opened = await openPage(`/${lang}/events/${MINSK.id}`);
			try {
				const { page } = opened;
				const cards = page.locator('.detail-panel li.source');
				await cards.first().waitFor();
				const articles = [...new Set(MINSK.sources.map((s) => s.article))];
				assert.deepEqual(
					await cards.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-article'))),
					articles
				);
				const first = cards.first();
				const quotes = MINSK.sources.filter((s) => s.article === articles[0]).map((s) => s.quote);
				assert.equal(await first.locator('.outlet').count(), 1, 'the outlet is named once');
				await first.locator('details.article summary').click();
				await first.locator('details.article mark').first().waitFor();
				const marks = await first.locator('details.article mark').allTextContents();
				assert.equal(marks.length, quotes.length);
				for (const q of quotes) assert.ok(marks.includes(q), `marked: ${q}`);
				// Armenia's attendance row links to the sentence that names it.
				const link = page.locator('.participation tr[data-iso3="ARM"] button[data-quote-link]');
				const key = await link.getAttribute('data-quote-link');
				await link.click();
				const focused = await page.evaluate(() => ({
					key: document.activeElement?.getAttribute('data-quote'),
					text: document.activeElement?.textContent?.trim()
				}));
				assert.equal(focused.key, key);
				assert.match(focused.text ?? '', /أرمين|باشينيا/);
				await page.locator('.detail-panel').screenshot({ path: join(SHOTS, `${lang}.png`) });
				assert.deepEqual(await axeViolations(page, '.detail-panel'), []);
				assertClean(opened);
			} finally {
				await opened.close();
			}
		});
});
