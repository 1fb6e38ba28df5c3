/**
 * Small truths (issue #8, item 5): a place names its country once, the list's colours are the
 * timeline's, Reset view clears the filters, the share confirmation neither shifts the header nor
 * stays, and the Arabic subtitle follows the digit choice.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { assertClean, openPage } from './harness.js';

after(async () => (await import('./harness.js')).teardown());

describe('small truths', () => {
	it('names a country once when the place is the country', async () => {
		const opened = await openPage('/en/events/2022-01-deployment-kazakhstan');
		try {
			const { page } = opened;
			const place = page.locator('dt:text-is("Place") + dd');
			assert.equal((await place.textContent())?.trim(), 'Kazakhstan');
			await page.goto(
				page.url().replace('2022-01-deployment-kazakhstan', '2023-11-23-summit-minsk')
			);
			assert.equal(
				(await page.locator('dt:text-is("Place") + dd').textContent())?.trim(),
				'Minsk, Belarus'
			);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('colours the list as the timeline does', async () => {
		const opened = await openPage('/en');
		try {
			const { page } = opened;
			const item = page.locator('li[data-event-id].summit').first();
			await item.waitFor();
			const colour = await item.evaluate((li) => getComputedStyle(li).borderInlineStartColor);
			assert.equal(colour, 'rgb(43, 89, 195)', 'the summit blue of the timeline and the toggles');
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('clears the filters with Reset view', async () => {
		const opened = await openPage('/en?country=KAZ&types=summit');
		try {
			const { page } = opened;
			await page.locator('[data-iso3="KAZ"][aria-pressed="true"]').waitFor();
			await page.locator('.atlas-map .reset').click();
			await page.locator('[data-iso3="KAZ"][aria-pressed="false"]').waitFor();
			await page.locator('[data-type="clash"][aria-pressed="true"]').waitFor();
			await page.waitForURL(
				(url) => !url.search.includes('country') && !url.search.includes('types')
			);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('confirms a copied link over the page, then lets it go', async () => {
		const opened = await openPage('/en', {
			beforeGoto: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write'])
		});
		try {
			const { page } = opened;
			const header = page.locator('header.app-header');
			await page.locator('[data-state="ready"]').waitFor();
			const before = await header.boundingBox();
			await page.evaluate(() => {
				// Headless Chromium has a share sheet that never answers: use the clipboard path.
				Object.defineProperty(navigator, 'share', { value: undefined });
			});
			await page.locator('.share button').click();
			const status = page.locator('.share .status.shown');
			await status.waitFor();
			assert.deepEqual(await header.boundingBox(), before, 'the header does not move');
			await status.waitFor({ state: 'detached', timeout: 10_000 });
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('writes the Arabic subtitle in the chosen digits', async () => {
		const opened = await openPage('/ar');
		try {
			const { page } = opened;
			await page.locator('[data-state="ready"]').waitFor();
			const buttons = page.locator('.digits button');
			const texts = await buttons.allTextContents();
			const indic = texts.findIndex((t) => /[٠-٩]/.test(t));
			assert.ok(indic >= 0, 'a button offers Arabic-Indic digits');
			/** @type {Array<[number, string]>} */
			const choices = [
				[indic, '٢٠٢١–٢٠٢٣'],
				[1 - indic, '2021–2023']
			];
			for (const [index, want] of choices) {
				await buttons.nth(index).click();
				await page.waitForFunction(
					(want) => document.querySelector('.tagline')?.textContent?.includes(want),
					want
				);
			}
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});
});
