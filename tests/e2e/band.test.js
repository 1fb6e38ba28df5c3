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
import { assertClean, BUILD_DIR, injectScript, openPage, ROOT } from './harness.js';
import { axeViolations } from './probes.js';

after(async () => (await import('./harness.js')).teardown());

const SHOTS = join(ROOT, 'test-results', 'band');
mkdirSync(SHOTS, { recursive: true });
/** @typedef {{ act: string, quote?: string, event?: string, source?: number }} StatusSource */
/** @type {{ events: Array<{ id: string, sources: Array<{ quote: string }> }>, memberStatus: Record<string, Array<{ status: string, chair?: true, sources: StatusSource[] }>> }} */
const DATA = JSON.parse(readFileSync(join(BUILD_DIR, 'data', 'events.json'), 'utf8'));
const ARM = DATA.memberStatus.ARM ?? [];
/** A status sentence's quote: its own, or the event source it cites. */
const quoteOf = (/** @type {StatusSource | undefined} */ s) =>
	s?.quote ?? DATA.events.find((e) => e.id === s?.event)?.sources[s?.source ?? -1]?.quote ?? '';
/** The act in words, as the evidence says it, for the acts the seed data records. */
const ACT = {
	en: { criticised: 'States Armenia criticised the organisation' },
	ar: { criticised: 'تذكر أن أرمينيا انتقدت المنظمة' }
};
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
					const first = ARM[strained]?.sources[0];
					const quote = quoteOf(first);
					assert.equal((await evidence.locator('blockquote').first().textContent())?.trim(), quote);
					// With the act it records, in the reader's language.
					const act = evidence.locator('li').first();
					assert.equal(await act.getAttribute('data-act'), first?.act);
					assert.equal(
						(await act.locator('.act').textContent())?.trim(),
						ACT[lang][/** @type {'criticised'} */ (first?.act)]
					);
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

	for (const lang of /** @type {const} */ (['en', 'ar']))
		it(`gives every period a tap target of at least 24 × 24 px without redrawing the band (${lang}, phone)`, async () => {
			const opened = await openPage(`/${lang}`, { viewport: { width: 375, height: 812 } });
			try {
				const { page } = opened;
				const band = page.locator('.timeline .band');
				await band.locator('button').first().waitFor();
				const periods = await band.locator('li:has(button)').evaluateAll((lis) =>
					lis.map((li) => {
						const button = /** @type {HTMLElement} */ (li.querySelector('button'));
						const b = button.getBoundingClientRect();
						const l = li.getBoundingClientRect();
						const ring = getComputedStyle(button, '::after');
						return {
							index: Number(button.dataset.period),
							li: { left: l.left, width: l.width },
							button: { left: b.left, width: b.width, height: b.height },
							ring: { left: b.left + parseFloat(ring.left), width: parseFloat(ring.width) }
						};
					})
				);
				const narrow = periods.filter((p) => p.li.width < 24);
				assert.ok(narrow.length > 0, 'the seed data has a period narrower than 24 px at 375 px');
				for (const p of periods) {
					assert.ok(p.button.width >= 24 - 0.5 && p.button.height >= 24, JSON.stringify(p));
					// The period is drawn at its true width, its rings on the period, not the target.
					assert.ok(
						Math.abs(p.ring.left - p.li.left) < 1,
						`ring on the period ${JSON.stringify(p)}`
					);
					assert.ok(Math.abs(p.ring.width - p.li.width) < 1, `ring as wide ${JSON.stringify(p)}`);
				}
				// axe's target-size rule (WCAG 2.5.8), which Lighthouse runs, finds nothing to flag.
				await injectScript(page, join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'));
				const flagged = await page.evaluate(async () => {
					// @ts-expect-error axe is injected above
					const result = await window.axe.run(document.querySelector('.timeline .band'), {
						runOnly: { type: 'rule', values: ['target-size'] }
					});
					return result.violations.flatMap((/** @type {any} */ v) =>
						v.nodes.map((/** @type {any} */ n) => n.target.join(' '))
					);
				});
				assert.deepEqual(flagged, []);
				// A tap beside the narrow period, inside its target, opens that period's sentences.
				const p = narrow[0];
				assert.ok(p);
				const outside =
					p.button.left + 1 < p.li.left ? p.button.left + 1 : p.button.left + p.button.width - 1;
				const box = await band.boundingBox();
				assert.ok(box);
				await page.mouse.click(outside, box.y + box.height / 2);
				const status = ARM[p.index]?.status;
				await page.locator(`[data-status-evidence="${status}"]`).waitFor();
				assert.equal(
					await band.locator(`button[data-period="${p.index}"]`).getAttribute('aria-expanded'),
					'true'
				);
				assertClean(opened);
			} finally {
				await opened.close();
			}
		});

	for (const lang of /** @type {const} */ (['en', 'ar']))
		it(`shows the other members' bands on demand, each period opening its evidence (${lang})`, async () => {
			const others = ['BLR', 'KAZ', 'KGZ', 'RUS', 'TJK'].filter(
				(c) => (DATA.memberStatus[c] ?? []).length > 0
			);
			assert.ok(others.length > 0, 'the data gives other members a status');
			const opened = await openPage(`/${lang}`);
			try {
				const { page } = opened;
				const toggle = page.locator('.timeline .members-toggle');
				await toggle.click();
				assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
				const rows = page.locator('.timeline .member-bands ol.band');
				await rows.first().waitFor();
				assert.deepEqual(
					await rows.evaluateAll((ols) => ols.map((ol) => ol.getAttribute('data-member'))),
					others
				);
				// Each band covers the window with no hole, on the timeline's own scale.
				const surface = await page.locator('.timeline .surface').boundingBox();
				assert.ok(surface);
				for (const code of others) {
					const spans = await page
						.locator(`.member-bands ol[data-member="${code}"] li`)
						.evaluateAll((lis) =>
							lis
								.map((li) => li.getBoundingClientRect())
								.map((r) => ({ left: r.left, right: r.right }))
								.sort((a, b) => a.left - b.left)
						);
					assert.ok(Math.abs((spans[0]?.left ?? -9) - surface.x) < 1, `${code} starts at the edge`);
					assert.ok(
						Math.abs((spans.at(-1)?.right ?? -9) - (surface.x + surface.width)) < 1,
						`${code} ends at the edge`
					);
					for (let i = 1; i < spans.length; i++)
						assert.ok(Math.abs((spans[i]?.left ?? 0) - (spans[i - 1]?.right ?? 0)) < 1);
				}
				// The legend lists what the shown bands draw, and only that.
				const drawn = await page
					.locator('.timeline .band li[data-status]')
					.evaluateAll((lis) => [...new Set(lis.map((li) => li.getAttribute('data-status')))]);
				const legend = await page
					.locator('.timeline .legend li[data-status]')
					.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-status')));
				assert.deepEqual([...legend].sort(), [...drawn].sort());

				// A period of another member opens its sentences, with the member's act.
				const code = others[0] ?? '';
				const period = DATA.memberStatus[code]?.[0];
				await page
					.locator(`.member-bands ol[data-member="${code}"] button[data-period="0"]`)
					.click();
				const evidence = page.locator(`[data-status-evidence="${period?.status}"]`);
				await evidence.waitFor();
				assert.equal(
					(await evidence.locator('blockquote').first().textContent())?.trim(),
					quoteOf(period?.sources[0])
				);
				assert.equal(
					await evidence.locator('li').first().getAttribute('data-act'),
					period?.sources[0]?.act
				);
				await page.locator('#timeline').screenshot({ path: join(SHOTS, `members-${lang}.png`) });
				assert.deepEqual(await axeViolations(page, '#timeline'), []);
				assertClean(opened);
			} finally {
				await opened.close();
			}
		});
});
