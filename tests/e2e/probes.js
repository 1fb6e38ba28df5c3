/**
 * Probes shared by the issue-8 browser tests: the map's readiness and idle, pixel counts in a
 * screenshot, and axe-core's serious and critical violations.
 */
import { join } from 'node:path';
import { injectScript, ROOT } from './harness.js';

/** @typedef {import('playwright-core').Page} Page */

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/**
 * Waits until the map has its geometry, has drawn it and is idle.
 * @param {Page} page
 */
export async function mapReady(page) {
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
	await page.locator('.atlas-map .inset').waitFor();
	await page.locator('.atlas-map').scrollIntoViewIfNeeded();
	await mapIdle(page);
}

/**
 * Resolves on the map's next idle (after everything it was asked to draw is drawn).
 * @param {Page} page
 */
export async function mapIdle(page) {
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
 * Counts screenshot pixels within `tolerance` of a hex colour, decoding the PNG in the page.
 * @param {Page} page
 * @param {Buffer} png
 * @param {string} hex
 */
export function countColour(page, png, hex, tolerance = 6) {
	return page.evaluate(
		async ({ data, hex, tolerance }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${data}`;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = img.width;
			canvas.height = img.height;
			const ctx = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
			ctx.drawImage(img, 0, 0);
			const px = ctx.getImageData(0, 0, img.width, img.height).data;
			const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
			let n = 0;
			for (let i = 0; i < px.length; i += 4)
				if (rgb.every((c, k) => Math.abs(/** @type {number} */ (px[i + k]) - c) <= tolerance)) n++;
			return n;
		},
		{ data: png.toString('base64'), hex, tolerance }
	);
}

/**
 * Serious and critical axe-core violations inside `selector` (the whole page by default).
 * @param {Page} page
 * @param {string} [selector]
 */
export async function axeViolations(page, selector) {
	// Injected by evaluation: the Content-Security-Policy refuses inline script tags.
	await injectScript(page, AXE);
	/** @type {Array<{ id: string, impact: string, help: string, nodes: Array<{ target: string[] }> }>} */
	const violations = await page.evaluate(async (selector) => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(selector ? document.querySelector(selector) : document, {
			resultTypes: ['violations']
		});
		return result.violations;
	}, selector);
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
}
