/**
 * The long tasks a page runs on its main thread as it loads, in Chromium at 4× CPU throttling (as
 * Lighthouse's mobile preset simulates), each named by what runs under it: a Performance-panel
 * trace, printed. Steadier than Lighthouse's score on a shared host, which scales whatever tasks it
 * happens to observe. Figures only.
 *
 *   node bench/longTasks.js [path…]     (default: /en and the first event's page)
 *   LH_BUILD=dir                        (serves another build folder, as bench:lighthouse does)
 *   RUNS=3                              (each page loaded that many times, in a fresh context)
 *   TRACE_DIR=dir                       (also saves each trace's JSON there, for DevTools)
 *
 * A long task is a main-thread task over 50 ms; "blocking" is the sum of each one's excess over
 * 50 ms after the first contentful paint (what Lighthouse's total blocking time adds up).
 * Function names are readable on an unminified build (`npx vite build --minify false`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { BUILD_DIR, CHROMIUM_OPTIONS, startServer } from '../tests/e2e/harness.js';

const RUNS = Number(process.env.RUNS ?? 1);
/**
 * CPU_THROTTLE=1 runs the page at full speed and scales each task's own thread time by 4, as
 * Lighthouse's simulation does: steadier on a busy host, which takes wall time from a task but not
 * its thread time (under Chromium's throttle the thread time counts the throttle's pauses too).
 */
const THROTTLE = Number(process.env.CPU_THROTTLE ?? 4);
const SCALE = 4;
const LONG = 50;
/** The page is taken as loaded when no task has run for this long after the explorer is ready. */
const QUIET_MS = 1500;

const buildDir = process.env.LH_BUILD ? resolve(process.env.LH_BUILD) : BUILD_DIR;
const data = JSON.parse(readFileSync(join(buildDir, 'data', 'events.json'), 'utf8'));
const paths = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['/en', ...(data.events[0] ? [`/en/events/${data.events[0].id}`] : [])];

const KINDS = new Set([
	'EvaluateScript',
	'v8.compile',
	'v8.compileModule',
	'v8.evaluateModule',
	'FunctionCall',
	'TimerFire',
	'FireAnimationFrame',
	'EventDispatch',
	'ParseHTML',
	'UpdateLayoutTree',
	'Layout',
	'Paint',
	'PrePaint',
	'Layerize',
	'ParseAuthorStyleSheet',
	'RunMicrotasks',
	'v8.parseOnBackground',
	'HitTest',
	'MajorGC',
	'MinorGC'
]);

/** @type {{ path: string, blocking: number, cpuBlocking: number, cpuTotal: number, fcp: number }[]} */
const summary = [];
const server = await startServer(buildDir, { gzip: true });
const browser = await chromium.launch(CHROMIUM_OPTIONS);
try {
	for (const path of paths)
		for (let r = 0; r < RUNS; r++) {
			const trace = await traceLoad(`${server.origin}${path}`);
			if (process.env.TRACE_DIR)
				writeFileSync(
					join(process.env.TRACE_DIR, `${path.replace(/\W+/g, '-')}-${r}.json`),
					JSON.stringify(trace)
				);
			report(path, r, trace);
		}
	if (RUNS > 1)
		for (const path of paths) {
			const rows = summary.filter((r) => r.path === path);
			const med = (/** @type {(r: any) => number} */ f) =>
				Math.round([...rows.map(f)].sort((a, b) => a - b)[Math.floor(rows.length / 2)]);
			const all = (/** @type {(r: any) => number} */ f) =>
				rows.map((r) => Math.round(f(r))).join(', ');
			console.log(
				`\n${path}, median of ${rows.length}: FCP ${med((r) => r.fcp)} ms; blocking after FCP ${med((r) => r.blocking)} ms (${all((r) => r.blocking)}); own time ×${SCALE}: blocking ${med((r) => r.cpuBlocking)} ms (${all((r) => r.cpuBlocking)}), all tasks ${med((r) => r.cpuTotal)} ms (${all((r) => r.cpuTotal)})`
			);
		}
} finally {
	await browser.close();
	await server.close();
}

/** @param {string} url */
async function traceLoad(url) {
	const context = await browser.newContext({
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75,
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	/** @type {any[]} */
	const events = [];
	cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
	const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
	await cdp.send('Tracing.start', {
		transferMode: 'ReportEvents',
		traceConfig: {
			includedCategories: [
				'toplevel',
				'devtools.timeline',
				'disabled-by-default-devtools.timeline',
				'v8.execute',
				'v8',
				'disabled-by-default-v8.cpu_profiler',
				'blink.user_timing',
				'loading'
			]
		}
	});
	await page.goto(url, { waitUntil: 'load' });
	// Polled through the protocol: Playwright's own locators inject a script and poll with it,
	// tasks that would be counted as the page's.
	const ask = { expression: "document.querySelector('main')?.dataset.state", returnByValue: true };
	for (let t = 0; t < 120; t++) {
		const { result } = await cdp.send('Runtime.evaluate', ask);
		if (result.value === 'ready' || result.value === 'problem') break;
		await new Promise((ok) => setTimeout(ok, 500));
	}
	await new Promise((ok) => setTimeout(ok, QUIET_MS));
	await cdp.send('Tracing.end');
	await done;
	await context.close();
	return events;
}

/**
 * @param {string} path
 * @param {number} run
 * @param {any[]} events
 */
function report(path, run, events) {
	const main = rendererMain(events);
	const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
	const start = Math.min(
		...events
			.filter((e) => e.name === 'navigationStart' || e.name === 'NavigationStart')
			.map((e) => e.ts)
	);
	const at = (/** @type {number} */ ts) => Math.round((ts - start) / 1000);
	const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.ts >= start);
	// Top-level tasks only (a RunTask can nest another of the same name).
	const outer = [];
	for (const e of mine
		.filter((e) => e.ph === 'X' && e.name === 'RunTask')
		.sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
		const last = outer.at(-1);
		if (!last || e.ts >= last.ts + last.dur) outer.push(e);
	}
	const tasks = outer.filter((e) => e.ts >= start && e.dur / 1000 > LONG);
	const samples = profileSamples(events, main);
	const marks = mine
		.filter((e) => e.cat?.includes('blink.user_timing') && e.ts >= start && /explorer/.test(e.name))
		.map((e) => `${e.name} ${at(e.ts)}`);
	const afterFcp = tasks.filter((t) => !fcp || t.ts >= fcp.ts);
	const blocking = afterFcp.reduce((sum, t) => sum + Math.max(0, t.dur / 1000 - LONG), 0);
	const cpu = (/** @type {any} */ t) => (SCALE * (t.tdur ?? t.dur)) / 1000;
	const cpuBlocking = outer
		.filter((t) => t.ts >= start && (!fcp || t.ts >= fcp.ts))
		.reduce((sum, t) => sum + Math.max(0, cpu(t) - LONG), 0);
	const cpuTotal = outer.filter((t) => t.ts >= start).reduce((sum, t) => sum + cpu(t), 0);
	summary.push({ path, blocking, cpuBlocking, cpuTotal, fcp: fcp ? at(fcp.ts) : NaN });
	console.log(
		`\n${path} run ${run + 1} (${THROTTLE}× CPU): FCP ${fcp ? at(fcp.ts) : '?'} ms, ${tasks.length} long tasks, ${Math.round(tasks.reduce((sum, t) => sum + t.dur / 1000, 0))} ms in them, blocking after FCP ${Math.round(blocking)} ms; by the thread's own time ×${SCALE}: blocking ${Math.round(cpuBlocking)} ms, all tasks ${Math.round(cpuTotal)} ms`
	);
	if (marks.length) console.log(`  marks: ${[...new Set(marks)].join(', ')}`);
	for (const t of tasks) {
		const inside = mine.filter(
			(e) => e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t
		);
		const kinds = new Map();
		for (const e of inside)
			if (KINDS.has(e.name)) kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur / 1000);
		const what = [...kinds]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 4)
			.map(([k, ms]) => `${k} ${Math.round(ms)}`)
			.join(', ');
		const urls = inside
			.map((e) => e.args?.data?.url ?? e.args?.data?.functionName)
			.filter(Boolean)
			.map((u) => String(u).replace(/^.*\//, ''));
		console.log(
			`  @${at(t.ts)} ${Math.round(t.dur / 1000)} ms (own ×${SCALE}: ${Math.round(cpu(t))}) — ${what}${urls.length ? ` [${[...new Set(urls)].slice(0, 3).join(' ')}]` : ''}`
		);
		const js = samples.filter((s) => s.ts >= t.ts && s.ts <= t.ts + t.dur);
		const top = topFunctions(js, 6);
		if (top) console.log(`      ${top}`);
	}
}

/** The page's main thread: the renderer thread that ran the most. @param {any[]} events */
function rendererMain(events) {
	const names = events.filter(
		(e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
	);
	let best = { pid: 0, tid: 0 };
	let most = -1;
	for (const n of names) {
		const busy = events
			.filter((e) => e.pid === n.pid && e.tid === n.tid && e.ph === 'X')
			.reduce((s, e) => s + (e.dur ?? 0), 0);
		if (busy > most) [most, best] = [busy, { pid: n.pid, tid: n.tid }];
	}
	return best;
}

/**
 * The main thread's JavaScript samples, each with the stack's frames (leaf first).
 * @param {any[]} events
 * @param {{ pid: number, tid: number }} main
 */
function profileSamples(events, main) {
	const profiles = new Map();
	for (const e of events) {
		// Workers are profiled too, in the same process: only the main thread's profile counts.
		if (e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid)
			profiles.set(e.id, {
				start: e.args.data.startTime,
				nodes: new Map(),
				samples: [],
				deltas: []
			});
	}
	for (const e of events) {
		if (e.name !== 'ProfileChunk' || e.pid !== main.pid) continue;
		const p = profiles.get(e.id);
		if (!p) continue;
		const d = e.args.data;
		for (const n of d.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
		p.samples.push(...(d.cpuProfile?.samples ?? []));
		p.deltas.push(...(d.timeDeltas ?? []));
	}
	const out = [];
	for (const p of profiles.values()) {
		// Only the profile whose samples fall on the main thread's tasks matters; workers have their own.
		let ts = p.start;
		for (let i = 0; i < p.samples.length; i++) {
			ts += p.deltas[i] ?? 0;
			const stack = [];
			for (let n = p.nodes.get(p.samples[i]); n; n = n.parent ? p.nodes.get(n.parent) : undefined)
				stack.push(n.callFrame);
			out.push({ ts, stack });
		}
	}
	return out;
}

/**
 * The functions most often on the stack (inclusive), skipping the runtime's own frames, and the
 * leaf (self) ones: the names a Performance panel's bottom-up and call-tree views would show.
 * @param {{ ts: number, stack: any[] }[]} samples
 * @param {number} n
 */
function topFunctions(samples, n) {
	if (!samples.length) return '';
	const self = new Map();
	const incl = new Map();
	const name = (/** @type {any} */ f) =>
		`${f.functionName || '(anon)'}@${String(f.url ?? '')
			.replace(/^.*\//, '')
			.replace(/\?.*/, '')}`;
	for (const s of samples) {
		const leaf = s.stack[0];
		if (leaf) self.set(name(leaf), (self.get(name(leaf)) ?? 0) + 1);
		const seen = new Set();
		for (const f of s.stack) {
			if (!f.url || /^\(/.test(f.functionName ?? '')) continue;
			const k = name(f);
			if (seen.has(k)) continue;
			seen.add(k);
			incl.set(k, (incl.get(k) ?? 0) + 1);
		}
	}
	const total = samples.length;
	const fmt = (/** @type {Map<string, number>} */ m) =>
		[...m]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(([k, c]) => `${k} ${Math.round((100 * c) / total)}%`)
			.join(', ');
	// Svelte compiles each component to a function of its name: the capitalised ones are components.
	const parts = new Map([...incl].filter(([k]) => /^[A-Z]\w*@/.test(k)));
	return `self: ${fmt(self)}\n      components: ${fmt(parts)}`;
}
