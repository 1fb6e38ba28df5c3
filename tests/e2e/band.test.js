/**
 * Armenia's status band (issue #8, item 2), in both languages at 1280 × 800 and 375 × 812: it
 * covers the whole window with no hole (a "no report" stretch drawn as such), the legend lists only
 * what the band draws, and a period opens the sentences behind it by click and by Enter, each
 * marked in its article.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { assertClean, BUILD_DIR, openPage, ROOT } from './harness.js';
import { axeViolations } from './probes.js';

after(async () => (await import('./harness.js')).teardown());

const SHOTS = join(ROOT, 'test-results', 'band');
mkdirSync(SHOTS, { recursive: true });
/** @type {{ memberStatus: Record<string, Array<{ status: string, chair?: true, sources: Array<{ quote: string }> }>> }} */
const DATA = JSON.parse(readFileSync(join(BUILD_DIR, 'data', 'events.json'), 'utf8'));
const ARM = DATA.memberStatus.ARM ?? [];
const SIZES = [
	{ name: 'wide', viewport: { width: 1280, height: 800 } },
	{ name: 'phone', viewport: { width: 375, height: 812 } }
];

describe("Armenia's status band", () => {
	for (const lang of /** @type {const} */ (['en', 'ar']))
		for (const size of SIZES)
			it(`has no hole, an honest legend, and opens each period's sentences (${lang}, ${size.name})`, async () => {
				const opened = await openPage(`/${lang}`, { viewport: size.viewport });
				try {
					const { page } = opened;
					const band = page.locator('.timeline .band');
					await band.locator('li').first().waitFor();
					const spans = await band.locator('li').evaluateAll((lis) =>
						lis.map((li) => {
							const r = li.getBoundingClientRect();
							return { left: r.left, right: r.right, status: li.getAttribute('data-status') };
						})
					);
					const surface = await page.locator('.timeline .surface').boundingBox();
					assert.ok(surface);
					const sorted = [...spans].sort((a, b) => a.left - b.left);
					assert.ok(Math.abs((sorted[0]?.left ?? -9) - surface.x) < 1, 'starts at the edge');
					assert.ok(
						Math.abs((sorted.at(-1)?.right ?? -9) - (surface.x + surface.width)) < 1,
						'ends at the edge'
					);
					for (let i = 1; i < sorted.length; i++)
						assert.ok(
							Math.abs((sorted[i]?.left ?? 0) - (sorted[i - 1]?.right ?? 0)) < 1,
							'no hole between stretches'
						);
					assert.ok(
						spans.some((s) => s.status === 'none'),
						'2021 is drawn as no report'
					);

					const legend = await page
						.locator('.timeline .legend li[data-status]')
						.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-status')));
					const occurring = ['active', 'strained', 'absent', 'frozen'].filter((s) =>
						ARM.some((p) => p.status === s)
					);
					assert.deepEqual(legend, [...occurring, 'none']);

					// A click opens the sentences behind a period, marked in their article.
					const strained = ARM.findIndex((p) => p.status === 'strained');
					await band.locator(`button[data-period="${strained}"]`).click();
					const evidence = page.locator('[data-status-evidence="strained"]');
					await evidence.waitFor();
					const quote = ARM[strained]?.sources[0]?.quote ?? '';
					assert.equal((await evidence.locator('blockquote').first().textContent())?.trim(), quote);
					await evidence.locator('mark').first().waitFor();
					assert.equal(await evidence.locator('mark').first().textContent(), quote);
					await page
						.locator('#timeline')
						.screenshot({ path: join(SHOTS, `${lang}-${size.name}.png`) });
					assert.deepEqual(await axeViolations(page, '#timeline'), []);

					// Enter on another period opens its own.
					const absent = ARM.findIndex((p) => p.status === 'absent');
					await band.locator(`button[data-period="${absent}"]`).focus();
					await page.keyboard.press('Enter');
					await page.locator('[data-status-evidence="absent"]').waitFor();
					assertClean(opened);
				} finally {
					await opened.close();
				}
			});
});
