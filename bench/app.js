/**
 * The real explorer at scale: the production build of `/en`, its event set replaced by a seeded
 * synthetic one split as the build step splits it: the index served at `/data/events.index.json`,
 * the articles' list at `/data/articles.json` and the details chunks at
 * `/data/details/<chunk>.json` (gzipped, as a static host serves them), in headless Chromium with
 * CPU raster (--disable-gpu) and without the browser's own omnibox pages (which headless Chromium
 * starts, about a second of CPU, in every new window: a reader's browser has them once, not per
 * page, and on 2 cores they ran beside the page's load).
 *
 *   npm run bench:app              (100,000 events; builds first when build/ is older than src/)
 *   node bench/app.js 10000        (other sizes)
 *   PROFILE=trace.json node bench/app.js   (also writes a DevTools trace of the first run)
 *   BENCH_BUILD=/tmp/old-build BENCH_COMPACT=/tmp/oldCompactIndex.ts node bench/app.js
 *       (another build, e.g. of an earlier commit, with that commit's index writer: for
 *       interleaved before/after runs on a noisy machine; for a commit from before the articles
 *       left the index, run that commit's own bench/app.js instead)
 *
 * Prints, per size: the index's size (raw and gzip) and its load time (from the page asking for
 * it to the explorer's state built from it: fetched, parsed and its shape checked in the data
 * worker, handed over as columns and made into events in slices), time from navigation to the
 * first timeline frame with events, frame gaps during a scripted 60-step zoom and pan (median,
 * p95), the longest main-thread task (before the paint and over the whole run; per run, the
 * longest after the paint and when), search and filter latency (input to the next frame; per run,
 * each of the three clicks: a type off, on, a country), and the JS heap after a garbage
 * collection. Figures only; no pass/fail.
 */
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { CHROMIUM_OPTIONS, startServer } from '../tests/e2e/harness.js';
import { ensureBuild } from './ensureBuild.js';

const SIZES = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => Number.isInteger(n) && n >= 0);
const sizes = SIZES.length > 0 ? SIZES : [100_000];
const STEPS = 60;
const RUNS = Number(process.env.RUNS ?? 3);
const PROFILE = process.env.PROFILE ?? '';

const { syntheticEventSet } = await tsImport('../src/lib/model/synthetic.ts', import.meta.url);
const { splitEventSet } = await tsImport('../src/lib/model/splitEventSet.ts', import.meta.url);
const BUILD = process.env.BENCH_BUILD;
const { compactIndex } = await tsImport(
	process.env.BENCH_COMPACT ?? '../src/lib/model/compactIndex.ts',
	import.meta.url
);

const percentile = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const median = (xs) =>
	percentile(
		[...xs].sort((a, b) => a - b),
		0.5
	);

/** Records long tasks from the start of the page, for the page to report later. */
const LONG_TASKS = () => {
	const w = /** @type {any} */ (window);
	w.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, ms: e.duration });
	}).observe({ type: 'longtask', buffered: true });
};

async function measure(browser, origin, n, profile) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		locale: 'en-GB'
	});
	await context.addInitScript(LONG_TASKS);
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	const cdp = await context.newCDPSession(page);
	if (profile) await browser.startTracing(page, { path: profile, screenshots: false });
	await page.goto(`${origin}/en`);
	await page.waitForFunction(
		() => performance.getEntriesByName('explorer-timeline-painted').length > 0,
		null,
		{ timeout: 120_000 }
	);
	const painted = await page.evaluate(
		() => performance.getEntriesByName('explorer-timeline-painted')[0]?.startTime ?? NaN
	);
	const [indexLoad, requested] = await page.evaluate(() => {
		const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
		return [
			at('explorer-state-ready') - at('explorer-index-requested'),
			at('explorer-index-requested')
		];
	});
	// Let the page finish what it defers (the map, idle work) before zooming.
	await page.waitForSelector('[data-map-status="ready"] .maplibregl-canvas', { timeout: 60_000 });
	await page.evaluate(
		() =>
			new Promise((r) =>
				'requestIdleCallback' in window
					? requestIdleCallback(() => r(undefined), { timeout: 5000 })
					: setTimeout(r, 500)
			)
	);
	const box = await page.locator('.timeline .surface').boundingBox();
	if (!box) throw new Error('no timeline surface');
	await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__frames = [];
		w.__stop = false;
		const tick = (t) => {
			w.__frames.push(t);
			if (!w.__stop) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	const nextFrame = () =>
		page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
	for (let i = 0; i < STEPS; i++) {
		const phase = Math.floor(i / 15);
		if (phase === 0 || phase === 3) {
			await page.keyboard.down('Control');
			await page.mouse.wheel(0, phase === 0 ? -60 : 60);
			await page.keyboard.up('Control');
		} else await page.mouse.wheel(phase === 1 ? 80 : -80, 0);
		await nextFrame();
	}
	const frames = await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__stop = true;
		return w.__frames;
	});
	const gaps = frames.slice(1).map((t, i) => t - frames[i]);

	// Search: type a word that many events match; time until the frame that shows the results.
	const search = await page.evaluate(async () => {
		const input = /** @type {HTMLInputElement} */ (document.querySelector('input[role=combobox]'));
		input.focus();
		const t0 = performance.now();
		input.value = 'Batken';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
		while (document.querySelectorAll('[role=listbox] [role=option]').length === 0) {
			if (performance.now() - t0 > 10_000) return NaN;
			await frame();
		}
		return performance.now() - t0;
	});
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	// Filters: a type toggle off and on, then a country; each to its next frame.
	const filter = await page.evaluate(async () => {
		const times = [];
		const buttons = [
			document.querySelector('.types button'),
			document.querySelector('.types button'),
			document.querySelector('.member-buttons button')
		];
		for (const b of buttons) {
			const t0 = performance.now();
			/** @type {HTMLButtonElement} */ (b).click();
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			times.push(performance.now() - t0);
		}
		return times;
	});
	if (profile) await browser.stopTracing();
	const longTasks = await page.evaluate(() => /** @type {any} */ (window).__longTasks);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await context.close();
	const before = longTasks.filter((t) => t.start < painted);
	const after = longTasks.filter((t) => t.start >= painted);
	const longestAfter = after.reduce((a, t) => (t.ms > a.ms ? t : a), { start: NaN, ms: 0 });
	// Before the explorer asks for its index: the page's own start (HTML, scripts, hydration).
	const startup = before.filter((t) => t.start < requested);
	const explorerTasks = before.filter((t) => t.start >= requested);
	return {
		painted,
		indexLoad,
		gaps,
		longestBefore: Math.max(0, ...before.map((t) => t.ms)),
		longestStartup: Math.max(0, ...startup.map((t) => t.ms)),
		longestExplorer: Math.max(0, ...explorerTasks.map((t) => t.ms)),
		longest: Math.max(0, ...longTasks.map((t) => t.ms)),
		longCount: longTasks.length,
		longestAfter: longestAfter.ms,
		longestAfterAt: longestAfter.start - painted,
		search,
		filter: Math.max(...filter),
		filters: filter,
		heapMB: usedSize / 1024 / 1024,
		errors
	};
}

if (!BUILD) ensureBuild();
const loadBefore = loadavg();
const browser = await chromium.launch({
	...CHROMIUM_OPTIONS,
	args: [
		...CHROMIUM_OPTIONS.args,
		'--disable-gpu',
		'--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI'
	]
});
try {
	const rows = [];
	for (const n of sizes) {
		const split = splitEventSet(syntheticEventSet(n, 1));
		const json = JSON.stringify(compactIndex(split.index));
		const overrides = {
			'/data/events.index.json': { body: json },
			'/data/articles.json': { body: JSON.stringify(split.articles) }
		};
		for (const [name, chunk] of split.chunks)
			overrides[`/data/details/${name}.json`] = { body: JSON.stringify(chunk) };
		const gzipMB = gzipSync(json).length / 1e6;
		const server = await startServer(BUILD, { overrides });
		try {
			// A first load warms the browser's caches and JIT; it is not counted.
			await measure(browser, server.origin, n, '');
			const runs = [];
			for (let r = 0; r < RUNS; r++)
				runs.push(await measure(browser, server.origin, n, r === 0 ? PROFILE : ''));
			const gaps = runs.flatMap((r) => r.gaps).sort((a, b) => a - b);
			const mid = (key) => median(runs.map((r) => r[key]));
			for (const [k, r] of runs.entries()) {
				const g = r.gaps.toSorted((a, b) => a - b);
				console.log(
					`run ${k + 1}: index ${r.indexLoad.toFixed(0)} ms, painted ${r.painted.toFixed(0)} ms, frames ${percentile(g, 0.5).toFixed(1)}` +
						` / ${percentile(g, 0.95).toFixed(1)} ms, longest task ${r.longest.toFixed(0)} ms` +
						` (before paint ${r.longestBefore.toFixed(0)}: page start ${r.longestStartup.toFixed(0)},` +
						` explorer ${r.longestExplorer.toFixed(0)}), search ${r.search.toFixed(1)} ms,` +
						` filters ${r.filter.toFixed(1)} ms (type off, on, country: ${r.filters.map((x) => x.toFixed(1)).join(', ')}),` +
						` after paint ${r.longestAfter.toFixed(0)} ms at +${r.longestAfterAt.toFixed(0)} ms, heap ${r.heapMB.toFixed(0)} MB`
				);
			}
			rows.push({
				n,
				mb: json.length / 1e6,
				gzipMB,
				indexLoad: mid('indexLoad'),
				painted: mid('painted'),
				median: percentile(gaps, 0.5),
				p95: percentile(gaps, 0.95),
				longestBefore: Math.max(...runs.map((r) => r.longestBefore)),
				longest: Math.max(...runs.map((r) => r.longest)),
				search: mid('search'),
				filter: mid('filter'),
				heap: mid('heapMB'),
				errors: runs.flatMap((r) => r.errors)
			});
		} finally {
			await server.close();
		}
	}
	const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—');
	console.log(
		`\nExplorer benchmark (/en, production build, Chromium --disable-gpu, ${STEPS}-step zoom and` +
			` pan, median of ${RUNS} runs, frame gaps pooled, longest task the worst run)\n`
	);
	const head = [
		['events', 8],
		['index MB', 9],
		['gzip MB', 8],
		['index ms', 9],
		['painted ms', 11],
		['frame med', 10],
		['frame p95', 10],
		['task<paint', 11],
		['task max', 9],
		['search ms', 10],
		['filter ms', 10],
		['heap MB', 8]
	];
	console.log(head.map(([h, w]) => h.padStart(w)).join(' '));
	for (const r of rows)
		console.log(
			[
				String(r.n),
				f(r.mb),
				f(r.gzipMB, 2),
				f(r.indexLoad, 0),
				f(r.painted, 0),
				f(r.median),
				f(r.p95),
				f(r.longestBefore, 0),
				f(r.longest, 0),
				f(r.search),
				f(r.filter),
				f(r.heap, 0)
			]
				.map((x, i) => x.padStart(head[i][1]))
				.join(' ')
		);
	console.log(
		"\nindex: the explorer's index of the set (events without their sentences), as JSON and" +
			' gzipped; index ms: from the page asking for it to the explorer state built from it;' +
			' painted: navigation to the first timeline frame with events; task<paint: longest task' +
			' before that; task max: longest task over the whole run (load, zoom, search, filters);' +
			' search/filter: input to the next frame; heap: JS heap used after a GC.'
	);
	const load = (l) => l.map((x) => x.toFixed(1)).join(' ');
	console.log(`Load average (1, 5, 15 min): ${load(loadBefore)} before, ${load(loadavg())} after.`);
	if (PROFILE) console.log(`Trace of the first counted run: ${PROFILE}`);
	for (const r of rows) if (r.errors.length) console.log(`n=${r.n} page errors:`, r.errors);
} finally {
	await browser.close();
}
