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
/** @type {{ events: Array<{ id: string, date: string, participation?: Record<string, string>, participationSources?: Record<string, number[]>, sources: Array<{ article: string, start: number, end: number, quote: string, claims: { date?: string, attendance?: Record<string, string> } }> }> }} */
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
				// Each attendance row links to the sentence that states that member's attendance.
				for (const code of ['ARM', 'BLR']) {
					/** @type {(typeof MINSK.sources)[number] | undefined} */
					const stated = MINSK.sources[MINSK.participationSources?.[code]?.[0] ?? -1];
					assert.ok(stated, `events.json cites ${code}'s attendance`);
					const link = page.locator(
						`.participation tr[data-iso3="${code}"] button[data-quote-link]`
					);
					assert.equal(
						await link.getAttribute('data-quote-link'),
						`${stated.article}:${stated.start}-${stated.end}`
					);
					await link.click();
					const focused = await page.evaluate(() => ({
						key: document.activeElement?.getAttribute('data-quote'),
						text: document.activeElement?.textContent?.trim()
					}));
					assert.equal(focused.key, `${stated.article}:${stated.start}-${stated.end}`);
					assert.equal(focused.text, stated.quote.trim());
				}
				// Under each quote, what it establishes, in the reader's language.
				const armenia = MINSK.sources[MINSK.participationSources?.ARM?.[0] ?? -1];
				const dated = MINSK.sources.find((s) => s.claims.date === MINSK.date);
				assert.ok(armenia && dated);
				const claims = (/** @type {{ article: string, start: number, end: number }} */ s) =>
					page.locator(`[data-claims="${s.article}:${s.start}-${s.end}"] li`).allTextContents();
				assert.ok(
					(await claims(armenia)).includes(
						lang === 'en' ? 'States Armenia was absent' : 'تذكر غياب أرمينيا'
					),
					'the sentence that states the absence says so'
				);
				assert.ok(
					(await claims(dated)).includes(
						lang === 'en'
							? 'States the date: 23 November 2023'
							: 'تذكر التاريخ: 23 تشرين الثاني/نوفمبر 2023'
					),
					'the sentence that dates the meeting says so'
				);
				await page.locator('.detail-panel').screenshot({ path: join(SHOTS, `${lang}.png`) });
				assert.deepEqual(await axeViolations(page, '.detail-panel'), []);
				assertClean(opened);
			} finally {
				await opened.close();
			}
		});
});

/**
 * The prerendered page shows the event's detail at once, and its article texts can be opened then;
 * the page's script hydrates it, and the explorer, once its data arrives, makes the page's main
 * part again. An opened text must come through both, open and marked. Each moment is held
 * (the page's scripts, the event set) so that the reader's click lands inside it every time.
 */
describe('an article text opened as the page starts', () => {
	/**
	 * Opens Minsk's page with `hold` holding back some of its requests until `release`.
	 * @param {(context: import('playwright-core').BrowserContext, held: Promise<void>) => Promise<unknown>} hold
	 * @param {'load' | 'domcontentloaded'} [waitUntil]
	 */
	async function openWhileHeld(hold, waitUntil = 'load') {
		assert.ok(MINSK);
		/** @type {() => void} */
		let release = () => {};
		/** @type {Promise<void>} */
		const held = new Promise((ok) => (release = () => ok(undefined)));
		const opened = await openPage(`/en/events/${MINSK.id}`, {
			waitUntil,
			beforeGoto: (context) => hold(context, held)
		});
		return { opened, release };
	}

	/** The first source's article text. @param {import('playwright-core').Page} page */
	const firstText = (page) =>
		page.locator('.detail-panel li.source').first().locator('details.article');

	/** Whether it is open and how many quotes it marks. @param {import('playwright-core').Page} page */
	const shown = (page) =>
		firstText(page).evaluate((/** @type {HTMLDetailsElement} */ d) => ({
			open: d.open,
			marks: d.querySelectorAll('mark').length
		}));

	it('stays open and marked when the explorer takes over the page', async () => {
		assert.ok(MINSK);
		const { opened, release } = await openWhileHeld((context, held) =>
			context.route('**/data/events.index.json', async (route) => {
				await held;
				await route.continue();
			})
		);
		try {
			const { page } = opened;
			// Hydrated: the page says it is loading the data (its explorer is held back).
			await page.locator('main[data-state="loading"] .loading[role="status"]').waitFor();
			const text = firstText(page);
			await text.locator('summary').click();
			await text.locator('mark').first().waitFor();
			const before = await shown(page);
			assert.ok(before.marks > 0);
			release();
			await page.locator('main[data-state="ready"]').waitFor();
			assert.deepEqual(await shown(page), before);
			assertClean(opened);
		} finally {
			release();
			await opened.close();
		}
	});

	it('stays open, and loads, when opened before the page’s script ran', async () => {
		assert.ok(MINSK);
		const { opened, release } = await openWhileHeld(
			(context, held) =>
				context.route(/\/_app\/immutable\/entry\/.*\.js$/, async (route) => {
					await held;
					await route.continue();
				}),
			'domcontentloaded'
		);
		try {
			const { page } = opened;
			const text = firstText(page);
			await text.locator('summary').click();
			assert.deepEqual(await shown(page), { open: true, marks: 0 }, 'opened, not yet loaded');
			release();
			await page.locator('main[data-state="ready"]').waitFor();
			await text.locator('mark').first().waitFor();
			const quotes = MINSK.sources.filter((s) => s.article === MINSK.sources[0]?.article);
			assert.deepEqual(await shown(page), { open: true, marks: quotes.length });
			assertClean(opened);
		} finally {
			release();
			await opened.close();
		}
	});
});
