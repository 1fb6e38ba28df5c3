/**
 * Armenia in sight (issue #8, item 1), in both languages at 1280 × 800 and 375 × 812: its status
 * colour covers a measured area of a map screenshot, the caption names the date the colours show
 * and follows the timeline, and filtering to Armenia frames it.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { assertClean, openPage, ROOT } from './harness.js';
import { axeViolations, countColour, mapIdle, mapReady } from './probes.js';

after(async () => (await import('./harness.js')).teardown());

const SHOTS = join(ROOT, 'test-results', 'armenia');
mkdirSync(SHOTS, { recursive: true });
const ABSENT = '#c4452d';
const SIZES = [
	{ name: 'wide', viewport: { width: 1280, height: 800 }, area: 600 },
	{ name: 'phone', viewport: { width: 375, height: 812 }, area: 250 }
];
const CAPTION = {
	en: { minsk: 'Armenia on 23 November 2023: absent', early: /^Armenia on 2 July 2021: no report/ },
	ar: {
		minsk: 'أرمينيا في 23 تشرين الثاني/نوفمبر 2023: غائبة',
		early: /^أرمينيا في 2 تموز\/يوليو 2021: لا تقرير/
	}
};

describe('Armenia on the map', () => {
	for (const lang of /** @type {const} */ (['en', 'ar']))
		for (const size of SIZES)
			it(`covers at least ${size.area} px² in its status colour and names the date (${lang}, ${size.name})`, async (t) => {
				const opened = await openPage(`/${lang}/events/2023-11-23-summit-minsk`, {
					viewport: size.viewport
				});
				try {
					const { page } = opened;
					await mapReady(page);
					const caption = page.locator('.atlas-map .status');
					assert.equal((await caption.textContent())?.trim(), CAPTION[lang].minsk);
					const shot = await page
						.locator('.atlas-map')
						.screenshot({ path: join(SHOTS, `${lang}-${size.name}.png`) });
					const area = await countColour(page, shot, ABSENT);
					assert.ok(area >= size.area, `Armenia covers ${area} px², wanted ${size.area}`);
					t.diagnostic(`Armenia covers ${area} px² (${lang}, ${size.name})`);

					// The inset hides no member: all six still answer queryRenderedFeatures outside it.
					const hidden = await page.evaluate(() => {
						/** @type {any} */
						const map = /** @type {any} */ (document.querySelector('.atlas-map .canvas')).atlasMap;
						const inset = /** @type {HTMLElement} */ (document.querySelector('.atlas-map .inset'));
						const box = inset.getBoundingClientRect();
						const canvas = map.getCanvas().getBoundingClientRect();
						const members = ['BLR', 'KAZ', 'KGZ', 'RUS', 'TJK'];
						return members.filter((iso3) => {
							const seen = map
								.queryRenderedFeatures({ layers: ['country-fill'] })
								.filter((/** @type {any} */ f) => f.properties.iso3 === iso3);
							if (seen.length === 0) return true;
							// The member's label point must be outside the inset.
							const label = document.querySelector(`.atlas-map .label[data-label="${iso3}"]`);
							if (!label) return false;
							const r = label.getBoundingClientRect();
							const x = r.left + r.width / 2;
							const y = r.top + r.height / 2;
							return (
								x >= box.left &&
								x <= box.right &&
								y >= box.top &&
								y <= box.bottom &&
								y <= canvas.bottom
							);
						});
					});
					assert.deepEqual(hidden, [], 'no member is under the inset');
					assert.deepEqual(await axeViolations(page, '.atlas-map'), []);
					assertClean(opened);
				} finally {
					await opened.close();
				}
			});

	for (const lang of /** @type {const} */ (['en', 'ar']))
		it(`caption follows the timeline's window and Armenia's filter frames it (${lang})`, async () => {
			const opened = await openPage(`/${lang}`);
			try {
				const { page } = opened;
				await mapReady(page);
				const caption = page.locator('.atlas-map .status');
				const before = (await caption.textContent())?.trim();
				await page.locator('input[type="date"]').nth(1).fill('2021-12-31');
				await page.locator('input[type="date"]').nth(1).dispatchEvent('change');
				await page.waitForFunction(
					(before) => document.querySelector('.atlas-map .status')?.textContent?.trim() !== before,
					before
				);
				assert.match(String(await caption.textContent()).trim(), CAPTION[lang].early);

				// With no report, Armenia is hatched on the map as in the inset and the legend.
				await mapIdle(page);
				const hatched = await page.evaluate(() => {
					/** @type {any} */
					const map = /** @type {any} */ (document.querySelector('.atlas-map .canvas')).atlasMap;
					return map
						.queryRenderedFeatures({ layers: ['armenia-no-report'] })
						.some((/** @type {any} */ f) => f.properties.iso3 === 'ARM');
				});
				assert.ok(hatched, 'Armenia is hatched while no source reports its status');
				await page.locator('.atlas-map .inset').click();
				await page.waitForFunction(() => {
					/** @type {any} */
					const map = /** @type {any} */ (document.querySelector('.atlas-map .canvas')).atlasMap;
					return map.getZoom() > 4 && !map.isMoving();
				});
				await mapIdle(page);
				const framed = await page.evaluate(() => {
					/** @type {any} */
					const map = /** @type {any} */ (document.querySelector('.atlas-map .canvas')).atlasMap;
					return map.getBounds().contains([44.5, 40.2]);
				});
				assert.ok(framed, 'Yerevan is in view after filtering to Armenia');
				await page.locator('.atlas-map').screenshot({ path: join(SHOTS, `${lang}-framed.png`) });
				assertClean(opened);
			} finally {
				await opened.close();
			}
		});
});
