/**
 * Timeline benchmark: first paint and frame gaps during a scripted zoom and pan, on the
 * bench page's production build (build-bench/, apart from the site), for 1,000, 10,000 and
 * 100,000 synthetic events.
 *
 *   npm run bench:timeline            (builds the bench page first when missing or older than sources)
 *   node bench/timeline.js 5000 50000 (other sizes)
 * Each run is traced (user timing marks only) for the main thread's CPU time from the state to
 * the first paint, printed beside the wall time: steadier than it on a loaded machine.
 *
 *   PROFILE=trace node bench/timeline.js   (also writes a DevTools trace of each size's first
 *                                           counted run, trace-<n>.json)
 *   BENCH_BUILD=/tmp/old-build node bench/timeline.js   (another build, e.g. of an earlier
 *                                           commit: for interleaved before/after runs)
 *   BENCH_PAGES=/tmp/old/build-bench node bench/timeline.js   (another build of the bench pages,
 *                                           which are what this measures: before/after runs)
 *
 * Chromium runs with --disable-gpu, so the canvas is rasterised on the CPU, as on a weak laptop.
 * Prints figures only; there are no pass/fail thresholds here.
 */
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { BENCH_DIR, BUILD_DIR, CHROMIUM_OPTIONS, startServer } from '../tests/e2e/harness.js';
import { ensureBenchBuild } from './ensureBuild.js';
import { markThreadTime } from './markThreadTime.js';

const SIZES = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => Number.isInteger(n) && n >= 0);
const sizes = SIZES.length > 0 ? SIZES : [1_000, 10_000, 100_000];
const STEPS = 60;
/** Each size is measured this many times (fresh page each): the machine may be shared. */
const RUNS = Number(process.env.RUNS ?? 3);
const PROFILE = process.env.PROFILE ?? '';

const percentile = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const median = (sorted) => percentile(sorted, 0.5);

async function measure(browser, origin, n, profile = '') {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 720 },
		locale: 'en-GB'
	});
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	// Traced whole when profiling, else only the marks, for their thread clocks.
	await browser.startTracing(
		page,
		profile ? { path: profile, screenshots: false } : { categories: ['blink.user_timing'] }
	);
	await page.goto(`${origin}/bench/timeline?n=${n}`);
	await page.waitForFunction(
		() => performance.getEntriesByName('timeline-first-paint').length > 0,
		null,
		{
			timeout: 60_000
		}
	);
	const marks = await page.evaluate(() => {
		const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
		return {
			dataStart: at('timeline-data-start'),
			dataReady: at('timeline-data-ready'),
			stateReady: at('timeline-state-ready'),
			firstPaint: at('timeline-first-paint')
		};
	});
	const trace = JSON.parse(String(await browser.stopTracing()));
	const cpu = markThreadTime(trace, 'timeline-state-ready', 'timeline-first-paint');
	const box = await page.locator('.surface').boundingBox();
	if (!box) throw new Error('no timeline surface');
	await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
	// Record every animation frame while the script runs.
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__frames = [];
		const tick = (t) => {
			w.__frames.push(t);
			if (!w.__stop) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	const nextFrame = () =>
		page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
	// 60 steps: zoom in around the pointer, pan both ways, zoom back out.
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
	const view = await page.evaluate(() => {
		const e = /** @type {HTMLElement | null} */ (document.querySelector('[data-view-start]'));
		return e ? (Number(e.dataset.viewEnd) - Number(e.dataset.viewStart)) / 86_400_000 : NaN;
	});
	await context.close();
	const gaps = frames.slice(1).map((t, i) => t - frames[i]);
	return {
		n,
		data: marks.dataReady - marks.dataStart,
		state: marks.stateReady - marks.dataReady,
		timeline: marks.firstPaint - marks.stateReady,
		cpu,
		firstPaint: marks.firstPaint,
		gaps,
		endDays: view,
		errors
	};
}

/** Runs one size RUNS times: medians of the load figures, frame gaps pooled over all runs. */
async function measureRuns(browser, origin, n) {
	const runs = [];
	for (let r = 0; r < RUNS; r++)
		runs.push(await measure(browser, origin, n, r === 0 && PROFILE ? `${PROFILE}-${n}.json` : ''));
	console.log(
		`n=${n}: timeline to first paint ${runs.map((r) => r.timeline.toFixed(0)).join(', ')} ms` +
			` (main thread CPU ${runs.map((r) => r.cpu.toFixed(0)).join(', ')} ms);` +
			` from navigation ${runs.map((r) => r.firstPaint.toFixed(0)).join(', ')} ms`
	);
	const mid = (key) => median(runs.map((r) => r[key]).sort((a, b) => a - b));
	const gaps = runs.flatMap((r) => r.gaps).sort((a, b) => a - b);
	return {
		n,
		data: mid('data'),
		state: mid('state'),
		timeline: mid('timeline'),
		cpu: mid('cpu'),
		firstPaint: mid('firstPaint'),
		frames: gaps.length,
		median: median(gaps),
		p95: percentile(gaps, 0.95),
		max: gaps.at(-1) ?? NaN,
		errors: runs.flatMap((r) => r.errors)
	};
}

// BENCH_BUILD: another build of the app to measure (e.g. an older commit's), interleaved with this one.
const BUILD = process.env.BENCH_BUILD;
// BENCH_PAGES: another build of the bench pages themselves (build-bench/ of an earlier commit).
const PAGES = process.env.BENCH_PAGES;
if (!BUILD && !PAGES) ensureBenchBuild();
const loadBefore = loadavg();
const server = await startServer(BUILD ?? BUILD_DIR, { also: [PAGES ?? BENCH_DIR] });
const browser = await chromium.launch({
	...CHROMIUM_OPTIONS,
	args: [...CHROMIUM_OPTIONS.args, '--disable-gpu']
});
try {
	// A first page load pays for the browser's caches and the JIT; keep it out of the figures.
	await measure(browser, server.origin, 100);
	const rows = [];
	for (const n of sizes) rows.push(await measureRuns(browser, server.origin, n));
	const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : '—');
	console.log(
		`\nTimeline benchmark (production build, Chromium --disable-gpu, ${STEPS}-step zoom and pan,` +
			` median of ${RUNS} runs, frame gaps pooled)\n`
	);
	console.log(
		'events'.padStart(8),
		'data ms'.padStart(9),
		'state ms'.padStart(9),
		'timeline ms'.padStart(12),
		'(CPU ms)'.padStart(9),
		'first paint ms'.padStart(15),
		'frames'.padStart(7),
		'median ms'.padStart(10),
		'p95 ms'.padStart(8),
		'max ms'.padStart(8)
	);
	for (const r of rows)
		console.log(
			String(r.n).padStart(8),
			f(r.data).padStart(9),
			f(r.state).padStart(9),
			f(r.timeline).padStart(12),
			f(r.cpu).padStart(9),
			f(r.firstPaint).padStart(15),
			String(r.frames).padStart(7),
			f(r.median).padStart(10),
			f(r.p95).padStart(8),
			f(r.max).padStart(8)
		);
	console.log(
		'\ndata: syntheticEventSet(n) in the page; state: new ExplorerState(data) (the shared state,' +
			' not the timeline); timeline: from there to the first frame with marks (index, layout, mount,' +
			" paint); CPU: the main thread's CPU time in that span (its trace clock); first paint: from navigation start; frame gaps: requestAnimationFrame intervals."
	);
	const load = (l) => l.map((x) => x.toFixed(1)).join(' ');
	console.log(`Load average (1, 5, 15 min): ${load(loadBefore)} before, ${load(loadavg())} after.`);
	if (PROFILE) console.log(`Traces of each size's first counted run: ${PROFILE}-<n>.json`);
	for (const r of rows) if (r.errors.length) console.log(`n=${r.n} page errors:`, r.errors);
} finally {
	await browser.close();
	await server.close();
}
