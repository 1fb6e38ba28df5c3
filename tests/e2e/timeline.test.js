/**
 * The timeline in a real browser, on the bench page (/bench/timeline?n=…, synthetic data; built
 * apart from the site by `npm run build:bench` into build-bench/, which the harness serves too):
 * it paints marks, zooms with ctrl+wheel around the pointer, pans with a horizontal wheel, one
 * finger and keys, steps through events with the arrows in the visual direction, runs right to
 * left in Arabic, keeps its DOM small at 100,000 events, and asks no other origin for anything.
 * Screenshots go to /tmp/timeline-*.png: look at them, a test can pass on a blank canvas.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
	assertClean,
	openPage,
	ROOT,
	setup,
	teardown,
	origin,
	isOwnRequest,
	injectScript
} from './harness.js';

after(teardown);

const DAY = 86_400_000;

/** @typedef {import('playwright-core').Page} Page */

/** @param {Page} page */
async function painted(page) {
	await page.waitForFunction(
		() => performance.getEntriesByName('timeline-first-paint').length > 0,
		null,
		{
			timeout: 60_000
		}
	);
}

/**
 * The explorer's view window, as the bench page prints it.
 * @param {Page} page
 */
async function view(page) {
	return page.evaluate(() => {
		const e = /** @type {HTMLElement} */ (document.querySelector('[data-view-start]'));
		return { start: Number(e.dataset.viewStart), end: Number(e.dataset.viewEnd) };
	});
}

/**
 * UTC ms of the start of the date an event id begins with ("2022-07-01-…", "2022-07-…", "2022-…").
 * @param {string} id
 */
function startOf(id) {
	const [, y, m = '01', d = '01'] = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?-/.exec(id) ?? [];
	return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

/** @param {Page} page */
async function selected(page) {
	return page.evaluate(
		() =>
			/** @type {HTMLElement} */ (document.querySelector('[data-selected]')).dataset.selected ?? ''
	);
}

/**
 * Pixels of the canvas in a saturated colour (marks, bins, badges' borders), not the grey lanes.
 * @param {Page} page
 */
async function inkPixels(page) {
	return page.evaluate(() => {
		const canvas = /** @type {HTMLCanvasElement} */ (document.querySelector('.timeline canvas'));
		const { data } = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d')).getImageData(
			0,
			0,
			canvas.width,
			canvas.height
		);
		let ink = 0;
		for (let i = 0; i < data.length; i += 4) {
			const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
			if (a > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 80) ink++;
		}
		return ink;
	});
}

/**
 * Mark buttons in view: their event ids (which begin with the date) and centres on screen.
 * @param {Page} page
 */
async function marks(page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('.timeline button[data-event]')].map((b) => {
			const r = b.getBoundingClientRect();
			return {
				id: /** @type {HTMLElement} */ (b).dataset.event ?? '',
				x: r.left + r.width / 2,
				w: r.width
			};
		})
	);
}

/** @param {Page} page */
const nextFrames = (page) =>
	page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined))))
	);

/**
 * Waits, frame by frame, until `ok` holds for the page's state as `read` returns it, and returns
 * that state; fails after 15 s. On a busy machine a zoom or a selection may take many frames:
 * tests wait for what they need, never for a fixed number of frames.
 * @template T
 * @param {Page} page
 * @param {(page: Page) => Promise<T>} read
 * @param {(value: T) => boolean} ok
 * @param {string} what
 * @returns {Promise<T>}
 */
async function until(page, read, ok, what) {
	const deadline = Date.now() + 15_000;
	for (;;) {
		const value = await read(page);
		if (ok(value)) return value;
		if (Date.now() > deadline) throw new Error(`${what} (last seen: ${JSON.stringify(value)})`);
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
	}
}

/** @param {Page} page */
async function surface(page) {
	const box = await page.locator('.timeline .surface').boundingBox();
	assert.ok(box, 'no timeline surface');
	return box;
}

describe('the timeline bench page', () => {
	it('paints marks, stays on its own origin, and names its events to assistive tech', async () => {
		const opened = await openPage('/bench/timeline?n=2000');
		try {
			await painted(opened.page);
			await opened.page.screenshot({ path: '/tmp/timeline-ar-2000.png' });
			const ink = await inkPixels(opened.page);
			assert.ok(ink > 3000, `only ${ink} coloured pixels: the canvas looks empty`);
			const buttons = await marks(opened.page);
			assert.ok(buttons.length > 20, `only ${buttons.length} focusable marks`);
			const label = await opened.page
				.locator('.timeline button[data-event]')
				.first()
				.getAttribute('aria-label');
			assert.match(label ?? '', /[\u0600-\u06ff].*20\d\d|[\u0600-\u06ff].*[٠-٩]{4}/);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('zooms around the pointer with ctrl+wheel and pans with a horizontal wheel only', async () => {
		const opened = await openPage('/bench/timeline?n=2000', { locale: 'ar' });
		const { page } = opened;
		try {
			await painted(page);
			const box = await surface(page);
			const x = box.x + box.width * 0.25;
			await page.mouse.move(x, box.y + 120);
			const before = await view(page);
			// RTL: a quarter from the left is three quarters of the way through the window in time.
			const anchor = before.start + 0.75 * (before.end - before.start);
			await page.keyboard.down('Control');
			for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -100);
			await page.keyboard.up('Control');
			const zoomed = await until(
				page,
				view,
				(v) => v.end - v.start < (before.end - before.start) / 4,
				'ctrl+wheel did not zoom in'
			);
			assert.ok(
				zoomed.end - zoomed.start < (before.end - before.start) / 4,
				'ctrl+wheel did not zoom in'
			);
			const anchorAfter = zoomed.start + 0.75 * (zoomed.end - zoomed.start);
			assert.ok(Math.abs(anchorAfter - anchor) < 2 * DAY, 'the moment under the pointer moved');
			await page.mouse.wheel(0, 200);
			// Nothing to wait for when nothing should happen: a wrongly handled wheel shows within frames.
			await nextFrames(page);
			assert.deepEqual(
				await view(page),
				zoomed,
				'a vertical wheel should scroll the page, not the timeline'
			);
			await page.mouse.wheel(200, 0);
			const panned = await until(
				page,
				view,
				(v) => v.start !== zoomed.start,
				'a horizontal wheel did not pan'
			);
			assert.ok(
				Math.abs(panned.end - panned.start - (zoomed.end - zoomed.start)) < 1000,
				'panning changed the zoom'
			);
			// Scrolling right moves the content left; on an RTL axis that brings earlier times in.
			assert.ok(panned.start < zoomed.start, 'a horizontal wheel did not pan');
			await page.screenshot({ path: '/tmp/timeline-ar-zoomed.png' });
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('steps through events with the arrows in the direction they point, in Arabic', async () => {
		const opened = await openPage('/bench/timeline?n=300');
		const { page } = opened;
		try {
			await painted(page);
			// Zoom in so that consecutive events are apart on screen.
			await page.locator('.timeline .zoom button').first().click();
			await page.locator('.timeline .zoom button').first().click();
			// → steps from the focused mark towards the right: start from the leftmost one in view, so
			// there is room for four steps whichever way the axis runs.
			await page.evaluate(() => {
				const marks = [
					.../** @type {NodeListOf<HTMLElement>} */ (
						document.querySelectorAll('.timeline button[data-event]')
					)
				].filter((b) => b.getBoundingClientRect().width > 0);
				marks.sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
				marks[0]?.focus();
			});
			/** @type {{ id: string, x: number, view: string }[]} */
			const positions = [];
			for (let i = 0; i < 4; i++) {
				const previous = await selected(page);
				await page.keyboard.press('ArrowRight');
				// The selection moves, focus follows it, and its mark is laid out on screen.
				const { id, box } = await until(
					page,
					async (p) => {
						const id = await selected(p);
						return {
							id,
							focused: await p.evaluate(
								() => /** @type {HTMLElement} */ (document.activeElement).dataset.event
							),
							// Read now, not waited for: the mark appears once the view has followed.
							box: await p.evaluate((id) => {
								const el = id
									? document.querySelector(`.timeline button[data-event="${CSS.escape(id)}"]`)
									: null;
								const r = el?.getBoundingClientRect();
								return r && r.width > 0 ? { x: r.x, width: r.width } : null;
							}, id)
						};
					},
					(s) => s.id !== previous && s.focused === s.id && s.box !== null,
					'focus did not follow the selection'
				);
				const v = await view(page);
				// Where the event starts on an RTL axis: the right edge of its mark (or span).
				const x =
					/** @type {NonNullable<typeof box>} */ (box).x +
					/** @type {NonNullable<typeof box>} */ (box).width;
				positions.push({ id, x, view: `${v.start}-${v.end}` });
			}
			for (let i = 1; i < positions.length; i++) {
				const a = positions[i - 1];
				const b = positions[i];
				if (!a || !b) continue;
				assert.ok(
					startOf(b.id) <= startOf(a.id),
					`→ went later in time: ${JSON.stringify(positions)}`
				);
				// Where the view did not scroll in between, → went right (or down a stack) on screen;
				// a month span starts at its first day's edge, a few px from that day's point.
				if (a.view === b.view)
					assert.ok(b.x >= a.x - 8, `→ went left: ${JSON.stringify(positions)}`);
			}
			await page.keyboard.press('ArrowLeft');
			await until(page, selected, (id) => id === positions[2]?.id, '← did not go back');
			await page.keyboard.press('End');
			await page.waitForFunction(() => {
				const e = /** @type {HTMLElement} */ (document.querySelector('[data-view-end]'));
				return Number(e.dataset.viewEnd) >= Date.UTC(2023, 11, 1);
			});
			assert.match(await selected(page), /^2023-12/);
			await page.screenshot({ path: '/tmp/timeline-ar-keys.png' });
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('keeps a mark selected by key while a zoom is still running on screen, with focus on it', async () => {
		const opened = await openPage('/bench/timeline?n=300');
		const { page } = opened;
		try {
			await painted(page);
			// In one task, start a zoom towards the centre and step → from a mark near the right: the
			// event selected lies in the view of the moment but outside the view the zoom ends on.
			const from = await page.evaluate(() => {
				const marks = [
					.../** @type {NodeListOf<HTMLElement>} */ (
						document.querySelectorAll('.timeline button[data-event]')
					)
				].filter((b) => b.getBoundingClientRect().width > 0);
				// Well inside today's view (the selection needs no scrolling) but outside the middle
				// half that zooming in keeps: 85% of the way across.
				const box = /** @type {HTMLElement} */ (
					document.querySelector('.timeline')
				).getBoundingClientRect();
				const at = box.left + 0.85 * box.width;
				const x = (/** @type {HTMLElement} */ b) => {
					const r = b.getBoundingClientRect();
					return (r.left + r.right) / 2;
				};
				marks.sort((a, b) => Math.abs(x(a) - at) - Math.abs(x(b) - at));
				const mark = /** @type {HTMLElement} */ (marks[0]);
				mark.focus();
				/** @type {HTMLElement} */ (document.querySelector('.timeline .zoom button')).click();
				mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
				return mark.dataset.event;
			});
			const settled = await until(
				page,
				async (p) =>
					p.evaluate(() => {
						const id =
							/** @type {HTMLElement} */ (document.querySelector('[data-selected]')).dataset
								.selected ?? '';
						const timeline = /** @type {HTMLElement} */ (
							document.querySelector('.timeline')
						).getBoundingClientRect();
						const el = id
							? document.querySelector(`.timeline button[data-event="${CSS.escape(id)}"]`)
							: null;
						const r = el?.getBoundingClientRect();
						return {
							id,
							focused: /** @type {HTMLElement} */ (document.activeElement).dataset.event,
							onScreen: !!r && r.width > 0 && r.right > timeline.left && r.left < timeline.right
						};
					}),
				(s) => s.id !== '' && s.id !== from && s.onScreen && s.focused === s.id,
				'the selected mark is off screen or does not have focus'
			);
			const v = await view(page);
			const t = startOf(settled.id);
			assert.ok(t >= v.start - 31 * DAY && t < v.end, `${settled.id} outside ${JSON.stringify(v)}`);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('runs right to left in Arabic: the earliest events are at the right', async () => {
		const opened = await openPage('/bench/timeline?n=60');
		try {
			await painted(opened.page);
			const ms = (await marks(opened.page)).filter((m) => m.w < 20).sort((a, b) => a.x - b.x);
			assert.ok(ms.length > 10);
			const dates = ms.map((m) => startOf(m.id));
			assert.deepEqual(
				dates,
				[...dates].sort((a, b) => b - a),
				'dates should fall from right to left'
			);
			const years = await opened.page.evaluate(() =>
				[...document.querySelectorAll('.timeline .axis span')]
					.filter((s) => /^(2021|2022|2023)$/.test(s.textContent?.trim() ?? ''))
					.map((s) => ({ year: s.textContent?.trim(), x: s.getBoundingClientRect().left }))
			);
			const x = (/** @type {string} */ y) => years.find((s) => s.year === y)?.x ?? NaN;
			assert.ok(x('2021') > x('2022') && x('2022') > x('2023'), JSON.stringify(years));
			await opened.page.screenshot({ path: '/tmp/timeline-ar-60.png' });
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('runs left to right in English', async () => {
		const opened = await openPage('/en/bench/timeline?n=60');
		try {
			await painted(opened.page);
			// The region is named with its view's dates after the first paint, with the axis.
			const region = opened.page.getByRole('region', { name: /^Timeline from \d+ \w+ 20\d\d to / });
			await region.waitFor({ timeout: 10_000 });
			const ms = (await marks(opened.page)).filter((m) => m.w < 20).sort((a, b) => a.x - b.x);
			const dates = ms.map((m) => startOf(m.id));
			assert.ok(ms.length > 10);
			assert.deepEqual(
				dates,
				[...dates].sort((a, b) => a - b),
				'dates should rise from left to right'
			);
			const label = await opened.page
				.locator('.timeline button[data-event]')
				.first()
				.getAttribute('aria-label');
			assert.match(label ?? '', /^(Summit|Clash|Deployment): /);
			await opened.page.screenshot({ path: '/tmp/timeline-en-60.png' });
			assert.equal(opened.response?.status(), 200);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('keeps the DOM small and the canvas busy at 100,000 events', async () => {
		const opened = await openPage('/bench/timeline?n=100000');
		try {
			await painted(opened.page);
			assert.ok((await inkPixels(opened.page)) > 10_000);
			const domMarks = (await marks(opened.page)).length;
			assert.ok(domMarks <= 121, `${domMarks} focusable marks at full zoom`);
			const counts = await opened.page.locator('.timeline .count').allTextContents();
			assert.equal(counts.length, 3);
			await opened.page.screenshot({ path: '/tmp/timeline-ar-100k.png' });
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('zooms at once when the reader prefers reduced motion', async () => {
		const opened = await openPage('/bench/timeline?n=100', { reducedMotion: 'reduce' });
		try {
			await painted(opened.page);
			const before = await view(opened.page);
			await opened.page.locator('.timeline .zoom button').first().focus();
			await opened.page.keyboard.press('+');
			const after = await view(opened.page);
			assert.equal(after.end - after.start, (before.end - before.start) / 2);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('explains a bad ?n= and shows the default instead', async () => {
		const opened = await openPage('/bench/timeline?n=lots');
		try {
			await painted(opened.page);
			assert.ok(await opened.page.locator('[role="alert"]').isVisible());
			assert.ok((await marks(opened.page)).length > 0);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('has no serious accessibility violations (axe)', async () => {
		const opened = await openPage('/bench/timeline?n=500');
		try {
			await painted(opened.page);
			await injectScript(opened.page, join(ROOT, 'node_modules/axe-core/axe.min.js'));
			const violations = await opened.page.evaluate(async () => {
				const axe = /** @type {any} */ (window).axe;
				const result = await axe.run('.timeline');
				return result.violations
					.filter((/** @type {any} */ v) => v.impact === 'serious' || v.impact === 'critical')
					.map((/** @type {any} */ v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
			});
			assert.deepEqual(violations, []);
		} finally {
			await opened.close();
		}
	});
});

describe('the timeline on a touch phone', () => {
	it('pans with one finger and zooms with a pinch at 375 px', async () => {
		const { browser } = await setup();
		const own = origin();
		const context = await browser.newContext({
			viewport: { width: 375, height: 740 },
			hasTouch: true,
			isMobile: true,
			locale: 'ar',
			timezoneId: 'Asia/Yerevan'
		});
		/** @type {string[]} */ const errors = [];
		/** @type {string[]} */ const foreign = [];
		context.on('request', (r) => !isOwnRequest(r.url(), own) && foreign.push(r.url()));
		try {
			const page = await context.newPage();
			page.on('pageerror', (e) => errors.push(String(e)));
			await page.goto(`${own}/bench/timeline?n=1000`);
			await painted(page);
			const box = await surface(page);
			const cdp = await context.newCDPSession(page);
			/**
			 * @param {'touchStart' | 'touchMove' | 'touchEnd'} type
			 * @param {Array<[number, number]>} points
			 */
			const touch = (type, points) =>
				cdp.send('Input.dispatchTouchEvent', {
					type,
					touchPoints: points.map(([x, y], id) => ({ x, y, id }))
				});
			const y = box.y + 100;
			const cx = box.x + box.width / 2;
			// Pinch: two fingers move apart around the centre.
			await touch('touchStart', [
				[cx - 20, y],
				[cx + 20, y]
			]);
			for (let d = 30; d <= 120; d += 10)
				await touch('touchMove', [
					[cx - d, y],
					[cx + d, y]
				]);
			await touch('touchEnd', []);
			const pinched = await until(
				page,
				view,
				(v) => v.end - v.start < 0.5 * 1095 * DAY,
				'a pinch did not zoom in'
			);
			assert.ok(pinched.end - pinched.start < 0.5 * 1095 * DAY, 'a pinch did not zoom in');
			// One finger drags to the left: on an RTL axis that brings earlier times in.
			await touch('touchStart', [[cx + 80, y]]);
			for (let d = 10; d <= 150; d += 10) await touch('touchMove', [[cx + 80 - d, y]]);
			await touch('touchEnd', []);
			const panned = await until(
				page,
				view,
				(v) => v.start < pinched.start,
				'one finger did not pan'
			);
			assert.ok(panned.start < pinched.start, 'one finger did not pan');
			assert.ok(Math.abs(panned.end - panned.start - (pinched.end - pinched.start)) < 1000);
			await page.screenshot({ path: '/tmp/timeline-phone.png' });
			assert.deepEqual(errors, []);
			assert.deepEqual(foreign, []);
		} finally {
			await context.close();
		}
	});
});

// The page must exist in the bench build the tests run on (`npm run build:bench`).
readFileSync(join(ROOT, 'build-bench', 'bench', 'timeline.html'));
