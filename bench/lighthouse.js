/**
 * Lighthouse (mobile preset: a mid-range phone on a slow 4G link, simulated) on the production
 * build of `/en` and of an event page, served like a static host, in Debian's Chromium. Prints
 * the four category scores per page and the figures behind performance. Figures only.
 *
 *   npm run bench:lighthouse          (builds first when build/ is older than the sources)
 *   RUNS=3 npm run bench:lighthouse   (median of three runs per page)
 *   LHR_DIR=/tmp/lhr                  (also saves each run's report JSON there)
 *   LH_BUILD=build-before             (serves another build folder, e.g. a copy of main's build,
 *                                      to compare before and after on the same host state)
 *
 * Lighthouse is a development tool here: it runs locally against 127.0.0.1 and the site itself
 * asks no other origin for anything.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BUILD_DIR, CHROMIUM_OPTIONS, startServer } from '../tests/e2e/harness.js';
import { ensureBuild } from './ensureBuild.js';

const RUNS = Number(process.env.RUNS ?? 1);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
	['first-contentful-paint', 'FCP'],
	['largest-contentful-paint', 'LCP'],
	['total-blocking-time', 'TBT'],
	['interactive', 'TTI'],
	['cumulative-layout-shift', 'CLS']
];

const buildDir = process.env.LH_BUILD ? resolve(process.env.LH_BUILD) : BUILD_DIR;
if (!process.env.LH_BUILD) ensureBuild();
const data = JSON.parse(readFileSync(join(buildDir, 'data', 'events.json'), 'utf8'));
const event = data.events[0];
const pages = [['/en', '/en'], ...(event ? [['event page', `/en/events/${event.id}`]] : [])];

// Compressed, as any static host serves text.
const server = await startServer(buildDir, { gzip: true });
const chrome = await chromeLauncher.launch({
	chromePath: CHROMIUM_OPTIONS.executablePath,
	// --no-sandbox: the tests' Chromium runs as root in a container, as Playwright's does.
	chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_OPTIONS.args]
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
	const rows = [];
	for (const [name, path] of pages) {
		const runs = [];
		for (let r = 0; r < RUNS; r++) {
			const result = await lighthouse(`${server.origin}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: CATEGORIES
			});
			if (!result) throw new Error(`no Lighthouse result for ${path}`);
			runs.push(result.lhr);
			if (process.env.LHR_DIR)
				writeFileSync(
					join(process.env.LHR_DIR, `${name.replace(/\W+/g, '-')}-${r}.json`),
					JSON.stringify(result.lhr)
				);
		}
		const score = (id) => Math.round(median(runs.map((l) => (l.categories[id]?.score ?? 0) * 100)));
		const metric = (id) => median(runs.map((l) => l.audits[id]?.numericValue ?? NaN));
		const failing = runs[0]
			? Object.values(runs[0].audits)
					.filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
					.map((a) => a.id)
			: [];
		rows.push({ name, path, score, metric, failing, runs });
	}
	console.log(
		`\nLighthouse ${runs0Version()} (mobile preset, simulated throttling, Chromium headless; median of ${RUNS})\n`
	);
	console.log(
		[
			'page'.padEnd(12),
			...CATEGORIES.map((c) => c.padStart(15)),
			...METRICS.map(([, s]) => s.padStart(8))
		].join(' ')
	);
	for (const r of rows)
		console.log(
			[
				r.name.padEnd(12),
				...CATEGORIES.map((c) => String(r.score(c)).padStart(15)),
				...METRICS.map(([id, s]) => {
					const v = r.metric(id);
					return (s === 'CLS' ? v.toFixed(3) : `${Math.round(v)}`).padStart(8);
				})
			].join(' ')
		);
	console.log('\nms for FCP, LCP, TBT and TTI.');
	// Every run, not only the median: on a shared machine the runs differ, and a median hides how far.
	if (RUNS > 1)
		for (const r of rows)
			console.log(
				`${r.name}, each run: ${r.runs
					.map(
						(l) =>
							`${CATEGORIES.map((c) => Math.round((l.categories[c]?.score ?? 0) * 100)).join('/')} (TBT ${Math.round(l.audits['total-blocking-time']?.numericValue ?? NaN)} ms)`
					)
					.join(', ')}`
			);
	for (const r of rows)
		if (r.failing.length) console.log(`${r.name}: below 0.9 — ${r.failing.join(', ')}`);
} finally {
	await chrome.kill();
	await server.close();
}

function runs0Version() {
	try {
		return JSON.parse(
			readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')
		).version;
	} catch {
		return '';
	}
}
