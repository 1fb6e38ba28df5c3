/**
 * The map in a real browser (Chromium, WebGL through SwiftShader), on the built app: it paints
 * Armenia in its status colour, finds the six members, filters by country from a click, the sea
 * and Esc, selects and expands markers, follows touch and its container's size, and never asks
 * another origin for anything.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { assertClean, openPage, ROOT } from './harness.js';
import { countColour } from './probes.js';

after(async () => (await import('./harness.js')).teardown());

const MEMBERS = ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK'];
const SHOTS = join(ROOT, 'test-results', 'map');
mkdirSync(SHOTS, { recursive: true });

/** @typedef {import('playwright-core').Page} Page */

/**
 * Waits until the map has its geometry and has drawn it.
 * @param {Page} page
 */
async function ready(page) {
	// On a phone the map loads only as it comes near the viewport, as a reader scrolls to it.
	await page.locator('.map-slot').scrollIntoViewIfNeeded();
	await page.waitForFunction(
		() => {
			/** @type {any} */
			const el = document.querySelector('.atlas-map .canvas');
			const map = el?.atlasMap;
			return Boolean(map?.loaded() && map.querySourceFeatures('countries').length > 0);
		},
		null,
		{ timeout: 60_000 }
	);
	// On a narrow page the map sits below the timeline: clicks and touches need it on screen.
	await page.locator('.atlas-map').scrollIntoViewIfNeeded();
	await idle(page);
}

/**
 * Resolves on the map's next idle (after everything it was asked to draw is drawn).
 * @param {Page} page
 */
async function idle(page) {
	await page.evaluate(
		() =>
			new Promise((resolve) => {
				/** @type {any} */
				const map = /** @type {any} */ (document.querySelector('.atlas-map .canvas')).atlasMap;
				map.once('idle', resolve);
				map.triggerRepaint();
			})
	);
}

/**
 * Runs a function on the map in the page.
 * @template T
 * @param {Page} page
 * @param {(map: any, arg: any) => T} fn
 * @param {unknown} [arg]
 * @returns {Promise<T>}
 */
function onMap(page, fn, arg) {
	return page.evaluate(
		({ source, arg }) => {
			/** @type {any} */
			const map = /** @type {any} */ (document.querySelector('.atlas-map .canvas')).atlasMap;
			return new Function('map', 'arg', `return (${source})(map, arg)`)(map, arg);
		},
		{ source: fn.toString(), arg }
	);
}

/**
 * The pixel (relative to the page) of a lon/lat, and what the map has there.
 * @param {Page} page
 * @param {[number, number]} lngLat
 */
async function pointOf(page, lngLat) {
	const box = await page.locator('.atlas-map .canvas').boundingBox();
	assert.ok(box, 'the map has a box');
	/** @type {{ x: number, y: number, layers: string[], iso3: string | null }} */
	const at = await onMap(
		page,
		(map, lngLat) => {
			const p = map.project(lngLat);
			const hit = map.queryRenderedFeatures([p.x, p.y]);
			return {
				x: p.x,
				y: p.y,
				layers: hit.map((/** @type {any} */ f) => f.layer.id),
				iso3:
					hit.find((/** @type {any} */ f) => f.layer.id === 'country-fill')?.properties.iso3 ?? null
			};
		},
		lngLat
	);
	return { ...at, pageX: box.x + at.x, pageY: box.y + at.y };
}

/** @param {Page} page */
const countryFilter = (page) =>
	page.evaluate(
		() =>
			document.querySelector('[data-iso3][aria-pressed="true"]')?.getAttribute('data-iso3') ?? null
	);

/** @param {Page} page */
const outlined = (page) =>
	onMap(
		page,
		(map, members) =>
			members.filter(
				(/** @type {string} */ id) => map.getFeatureState({ source: 'countries', id }).selected
			),
		MEMBERS
	);

/**
 * The outlined members once they are `expected`, or what they are after 10 s: the map outlines a
 * filter in the frame after the one that shows the filtered timeline, so this waits, frame by frame.
 */
async function outlinedAs(
	/** @type {import('playwright-core').Page} */ page,
	/** @type {string[]} */ expected
) {
	const until = Date.now() + 10_000;
	let now = await outlined(page);
	while (JSON.stringify(now) !== JSON.stringify(expected) && Date.now() < until) {
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
		now = await outlined(page);
	}
	return now;
}

describe('the map', () => {
	it('paints Armenia in its status colour and shows all six members, asking no other origin', async () => {
		const opened = await openPage('/ar');
		try {
			const { page } = opened;
			await ready(page);
			const found = await onMap(page, (map) => [
				...new Set(
					map
						.queryRenderedFeatures({ layers: ['country-fill'] })
						.map((/** @type {any} */ f) => f.properties.iso3)
				)
			]);
			for (const iso3 of MEMBERS) assert.ok(found.includes(iso3), `${iso3} is drawn`);

			// Armenia's colour is whatever the fill expression gives it at the focus date.
			const armColour = await onMap(
				page,
				(map) => map.getPaintProperty('country-fill', 'fill-color')[2]
			);
			assert.match(armColour, /^#[0-9a-f]{6}$/i);
			const map = page.locator('.atlas-map');
			const wide = await map.screenshot({ path: join(SHOTS, 'initial.png') });
			assert.ok(
				(await countColour(page, wide, armColour)) > 20,
				'Armenia is painted in the initial view'
			);
			assert.ok((await countColour(page, wide, '#9db8d9')) > 5000, 'members are painted');

			await onMap(page, (map) => map.jumpTo({ center: [45, 40.2], zoom: 5.5 }));
			await idle(page);
			const close = await map.screenshot({ path: join(SHOTS, 'armenia.png') });
			assert.ok((await countColour(page, close, armColour)) > 2000, 'Armenia fills its outline');

			const labels = await page.locator('.atlas-map .label').allTextContents();
			assert.equal(labels.length, 6, `six member labels, got ${labels.join(', ')}`);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('filters by Kazakhstan on a click, clears on a second click, on the sea and on Esc', async () => {
		const opened = await openPage('/ar');
		try {
			const { page } = opened;
			await ready(page);
			const kaz = await pointOf(page, [64, 47]);
			assert.equal(kaz.iso3, 'KAZ');
			assert.ok(!kaz.layers.some((l) => l.startsWith('event')), 'no marker in the way');

			await page.mouse.click(kaz.pageX, kaz.pageY);
			assert.equal(await countryFilter(page), 'KAZ');
			assert.deepEqual(await outlinedAs(page, ['KAZ']), ['KAZ']);
			await idle(page);
			await page.locator('.atlas-map').screenshot({ path: join(SHOTS, 'kazakhstan.png') });

			await page.mouse.click(kaz.pageX, kaz.pageY);
			assert.equal(await countryFilter(page), null, 'a second click clears');
			assert.deepEqual(await outlinedAs(page, []), []);

			await page.mouse.click(kaz.pageX, kaz.pageY);
			const sea = await pointOf(page, [50.5, 42.5]); // the Caspian
			assert.equal(sea.iso3, null);
			await page.mouse.click(sea.pageX, sea.pageY);
			assert.equal(await countryFilter(page), null, 'the sea clears');

			await page.mouse.click(kaz.pageX, kaz.pageY);
			assert.equal(await countryFilter(page), 'KAZ');
			await page.keyboard.press('Escape');
			assert.equal(await countryFilter(page), null, 'Esc clears');

			// The buttons set the same filter, and the map outlines it.
			await page.locator('[data-iso3="TJK"]').click();
			assert.deepEqual(await outlinedAs(page, ['TJK']), ['TJK']);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('selects an event from its marker and zooms into a cluster without animating under reduced motion', async () => {
		const opened = await openPage('/ar', { reducedMotion: 'reduce' });
		try {
			const { page } = opened;
			await ready(page);
			const box = await page.locator('.atlas-map .canvas').boundingBox();
			assert.ok(box);
			const cluster = await onMap(page, (map) => {
				const f = map.queryRenderedFeatures({ layers: ['event-clusters'] })[0];
				if (!f) return null;
				const p = map.project(f.geometry.coordinates);
				return { x: p.x, y: p.y, zoom: map.getZoom() };
			});
			assert.ok(cluster, 'the initial view has a cluster');
			await page.mouse.click(box.x + cluster.x, box.y + cluster.y);
			await page.waitForFunction(
				(z) =>
					/** @type {any} */ (document.querySelector('.atlas-map .canvas')).atlasMap.getZoom() > z,
				cluster.zoom
			);
			assert.equal(await onMap(page, (map) => map.isMoving()), false, 'jumped, not flew');

			// A marker at one place: one event selects at once, several list themselves first.
			await onMap(page, (map) => map.jumpTo({ center: [44.51, 40.18], zoom: 7 }));
			await idle(page);
			// Armenia's markers are drawn beside it when small; at zoom 7 they are on their place.
			const marker = await onMap(page, (map) => {
				const f = map.queryRenderedFeatures({ layers: ['event-points', 'event-beside-points'] })[0];
				if (!f) return null;
				const p = map.project(f.geometry.coordinates);
				return { x: p.x, y: p.y, ids: String(f.properties.ids).split(' ') };
			});
			assert.ok(marker, 'Yerevan has a marker at zoom 7');
			await page.mouse.click(box.x + marker.x, box.y + marker.y);
			if (marker.ids.length > 1) {
				const items = page.locator('.atlas-map .group li button');
				assert.equal(await items.count(), marker.ids.length, 'the list names every event here');
				await page.locator('.atlas-map').screenshot({ path: join(SHOTS, 'group.png') });
				assert.equal(
					await page.evaluate(() => document.activeElement?.closest('.group') !== null),
					true,
					'focus moves into the list'
				);
				await items.first().click();
			}
			await idle(page);
			const ring = await onMap(page, (map) =>
				map
					.queryRenderedFeatures({ layers: ['event-focus', 'event-focus-beside'] })
					.map((/** @type {any} */ f) => f.properties.kind)
			);
			assert.ok(ring.includes('selected'), 'the selected event is ringed');
			await page.locator('.atlas-map').screenshot({ path: join(SHOTS, 'selected.png') });
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	it('fits a 375 px phone, pans and pinches by touch, and follows its container', async () => {
		const opened = await openPage('/ar', { viewport: { width: 375, height: 740 } });
		try {
			const { page } = opened;
			await ready(page);
			await page.locator('.atlas-map').screenshot({ path: join(SHOTS, 'phone.png') });
			const sizes = await page.evaluate(() => {
				const el = /** @type {HTMLElement} */ (document.querySelector('.atlas-map .canvas'));
				const canvas = /** @type {HTMLCanvasElement} */ (el.querySelector('canvas'));
				return {
					el: el.clientWidth,
					canvas: canvas.clientWidth,
					page: document.documentElement.scrollWidth
				};
			});
			assert.ok(sizes.page <= 375, `no sideways scroll (page is ${sizes.page}px)`);
			assert.equal(sizes.canvas, sizes.el);

			const box = await page.locator('.atlas-map .canvas').boundingBox();
			assert.ok(box);
			const cdp = await opened.context.newCDPSession(page);
			await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 2 });
			const cx = box.x + box.width / 2;
			const cy = box.y + box.height / 2;
			/**
			 * @param {'touchStart' | 'touchMove' | 'touchEnd'} type
			 * @param {{ x: number, y: number }[]} points
			 */
			const touch = (type, points) =>
				cdp.send('Input.dispatchTouchEvent', {
					type,
					touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id }))
				});

			const before = await onMap(page, (map) => ({ ...map.getCenter(), zoom: map.getZoom() }));
			await touch('touchStart', [{ x: cx, y: cy }]);
			for (let i = 1; i <= 8; i++) await touch('touchMove', [{ x: cx - i * 10, y: cy }]);
			await touch('touchEnd', []);
			await idle(page);
			const panned = await onMap(page, (map) => ({ ...map.getCenter(), zoom: map.getZoom() }));
			assert.ok(
				panned.lng > before.lng + 1,
				`a leftward drag moves the map east (${before.lng} → ${panned.lng})`
			);

			await touch('touchStart', [
				{ x: cx - 20, y: cy },
				{ x: cx + 20, y: cy }
			]);
			for (let i = 1; i <= 8; i++)
				await touch('touchMove', [
					{ x: cx - 20 - i * 8, y: cy },
					{ x: cx + 20 + i * 8, y: cy }
				]);
			await touch('touchEnd', []);
			await idle(page);
			const pinched = await onMap(page, (map) => map.getZoom());
			assert.ok(
				pinched > panned.zoom + 0.3,
				`spreading two fingers zooms in (${panned.zoom} → ${pinched})`
			);

			// The container narrows: the canvas follows without a window resize event of its own.
			await page.evaluate(() => {
				/** @type {HTMLElement} */ (document.querySelector('.atlas-map')).style.width = '300px';
			});
			await page.waitForFunction(
				() =>
					/** @type {HTMLCanvasElement} */ (document.querySelector('.atlas-map canvas'))
						.clientWidth === 300
			);
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});

	for (const [path, dir, script] of /** @type {const} */ ([
		['/ar', 'rtl', /[\u0600-\u06FF]/],
		['/en', 'ltr', /^[A-Za-z ]+$/]
	])) {
		it(`labels the members in the page's language at ${path} (${dir})`, async () => {
			const opened = await openPage(path);
			try {
				const { page } = opened;
				await ready(page);
				assert.equal(await page.locator('.atlas-map').getAttribute('dir'), dir);
				const labels = await page.locator('.atlas-map .label').allTextContents();
				assert.equal(labels.length, 6);
				for (const label of labels) assert.match(label.trim(), script);
				await page.locator('.atlas-map').screenshot({ path: join(SHOTS, `labels-${dir}.png`) });
				// Until the shell prerenders /en (nothing links to it yet), a static host answers it with
				// the SPA fallback and a 404; the map itself must still come up in English. The shell's
				// own tests own that 404, so only that one line is let through here.
				assertClean(opened, {
					allowConsole: path === '/en' ? [/status of 404 .*\/en:0\)$/] : []
				});
			} finally {
				await opened.close();
			}
		});
	}
});

describe('the map with thousands of events', () => {
	it('writes four-digit counts inside their markers, in both languages', async () => {
		const { tsImport } = await import('tsx/esm/api');
		const { syntheticEventSet } = await tsImport(
			'../../src/lib/model/synthetic.ts',
			import.meta.url
		);
		const { splitEventSet } = await tsImport(
			'../../src/lib/model/splitEventSet.ts',
			import.meta.url
		);
		const { compactIndex } = await tsImport('../../src/lib/model/compactIndex.ts', import.meta.url);
		const index = JSON.stringify(compactIndex(splitEventSet(syntheticEventSet(20_000, 3)).index));
		for (const locale of ['en', 'ar']) {
			const opened = await openPage(`/${locale}`, {
				beforeGoto: (context) =>
					context.route('**/data/events.index.json', (route) =>
						route.fulfill({ status: 200, contentType: 'application/json', body: index })
					)
			});
			const { page } = opened;
			try {
				await ready(page);
				await page.waitForFunction(
					() =>
						[...document.querySelectorAll('.atlas-map .badge')].some(
							(b) => (b.textContent ?? '').replace(/\D/g, '').length >= 4
						),
					null,
					{ timeout: 60_000 }
				);
				await idle(page);
				// Just outside each wide count's text, left and right, is its marker's dark disc. Markers
				// drawn over each other (several places beside Armenia) are left out: one hides another.
				const edges = await page.evaluate(() => {
					const all = [...document.querySelectorAll('.atlas-map .badge')].map((b) => {
						const r = b.getBoundingClientRect();
						return { b, x: r.left + r.width / 2, y: r.top + r.height / 2 };
					});
					const alone = (/** @type {{ x: number, y: number }} */ p) =>
						all.every((q) => q === p || Math.hypot(q.x - p.x, q.y - p.y) > 56);
					return all
						.filter((p) => alone(p))
						.map(({ b }) => b)
						.filter((b) => (b.textContent ?? '').replace(/\D/g, '').length >= 4)
						.map((b) => {
							const r = b.getBoundingClientRect();
							const y = Math.round(r.top + r.height / 2);
							return {
								text: b.textContent ?? '',
								points: [
									[Math.floor(r.left) - 1, y],
									[Math.ceil(r.right) + 1, y]
								]
							};
						});
				});
				assert.ok(edges.length > 0, 'no four-digit count alone on the map');
				const shot = await page.screenshot({ path: join(SHOTS, `wide-counts-${locale}.png`) });
				const light = await page.evaluate(
					async ({ data, edges }) => {
						const img = new Image();
						img.src = `data:image/png;base64,${data}`;
						await img.decode();
						const canvas = document.createElement('canvas');
						canvas.width = img.width;
						canvas.height = img.height;
						const ctx = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
						ctx.drawImage(img, 0, 0);
						const out = [];
						for (const { text, points } of edges)
							for (const [x = 0, y = 0] of points) {
								const [r = 0, g = 0, b = 0] = ctx.getImageData(x, y, 1, 1).data;
								// The disc is ink (#1d2b4f) at 0.9 or 0.45 opacity; land and sea are light.
								if ((r + g + b) / 3 > 140) out.push(`${text} at ${x},${y}: rgb(${r}, ${g}, ${b})`);
							}
						return out;
					},
					{ data: shot.toString('base64'), edges }
				);
				assert.deepEqual(light, [], 'a count runs off its marker');
				assertClean(opened);
			} finally {
				await opened.close();
			}
		}
	});
});
