/**
 * The site's production build at scale: `vite build` (client, server, then prerendering every
 * page in both languages) on a seeded synthetic event set, in a temporary copy of the project,
 * so the user's static/data, build/ and .svelte-kit/ are never touched. The copy holds the
 * sources and static files (node_modules linked); the generated set is written into its
 * static/data by the build step's own writer (index, details, article texts, former ids), and
 * the build runs with CSTO_PREBUILT=1 so the build step does not replace it from articles/.
 *
 *   npm run bench:build                 (10,000 events)
 *   BENCH_EVENTS=1000 npm run bench:build
 *   BENCH_ALIASES=0 npm run bench:build (former ids per event; default 1, each a page too)
 *   BENCH_KEEP=1 npm run bench:build    (keeps the temporary copy and prints where it is)
 *   BENCH_PROFILE=1 npm run bench:build (writes --cpu-prof profiles of the build into the copy)
 *   BENCH_SOURCE=/tmp/old npm run bench:build
 *       (builds another checkout's sources, e.g. `git archive <commit>` unpacked, with this
 *       checkout's node_modules and generator: for interleaved before/after runs on a busy host)
 *
 * Prints the events, the pages written, the output's size, the wall time, the build's peak RSS
 * (the largest single process, from /usr/bin/time -v: SvelteKit prerenders in a child process)
 * and the time split: Vite's client and server builds, then prerendering and the adapter's
 * writing. Figures only; no pass/fail.
 */
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	lstatSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	symlinkSync
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { ROOT } from '../tests/e2e/harness.js';

const N = Number(process.env.BENCH_EVENTS ?? 10_000);
const ALIASES = Number(process.env.BENCH_ALIASES ?? 1);
const SEED = 11;
if (!Number.isInteger(N) || N < 1) throw new Error(`BENCH_EVENTS must be a whole number ≥ 1`);

const { syntheticEventSet, syntheticArticleText } = await tsImport(
	'../src/lib/model/synthetic.ts',
	import.meta.url
);
const { writeEventSet } = await tsImport('../src/lib/pipeline/writeEventSet.ts', import.meta.url);

/** What the build reads: the sources and static files, never outputs or the user's data. */
const COPIED = [
	'src',
	'messages',
	'project.inlang',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'package.json'
];

/** The sources to build: this checkout, or another one's (BENCH_SOURCE). */
const SOURCE = process.env.BENCH_SOURCE ? resolve(process.env.BENCH_SOURCE) : ROOT;

function copyProject(dir) {
	for (const name of COPIED)
		cpSync(join(SOURCE, name), join(dir, name), {
			recursive: true,
			// The event set is the generated one; the map's geometry is kept (derived, slow to make).
			filter: (src) => {
				const data = join(SOURCE, 'static/data');
				const rel = src.slice(data.length);
				return !src.startsWith(data) || rel === '' || rel.startsWith('/geo');
			}
		});
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** A former id per event (as the build step keeps when a date or place was learnt later). */
function formerIds(set) {
	const aliases = {};
	if (ALIASES < 1) return aliases;
	for (const e of set.events) for (let k = 1; k <= ALIASES; k++) aliases[`${e.id}-was${k}`] = e.id;
	return aliases;
}

function writeSet(dir) {
	const eventSet = syntheticEventSet(N, SEED);
	const texts = new Map(eventSet.articles.map((a) => [a.id, syntheticArticleText(a)]));
	writeEventSet(
		{ eventSet, aliases: formerIds(eventSet), texts, report: {}, diagnostics: [] },
		join(dir, 'static/data/events.json')
	);
	return eventSet.events.length;
}

/** Files, HTML pages among them, and bytes (as listed and as allocated on disk) under dir. */
function measureTree(dir) {
	let files = 0;
	let pages = 0;
	let rendered = 0;
	let bytes = 0;
	let blocks = 0;
	const inodes = new Set();
	const visit = (d) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, entry.name);
			if (entry.isDirectory()) visit(p);
			else {
				const s = lstatSync(p);
				files++;
				if (entry.name.endsWith('.html')) pages++;
				// x/index.html is a copy of x.html (addIndexPages); the root's index.html is a page.
				if (entry.name.endsWith('.html') && (entry.name !== 'index.html' || d === dir)) rendered++;
				bytes += s.size;
				// A hard-linked page (x/index.html beside x.html) takes its space once.
				if (!inodes.has(s.ino)) blocks += s.blocks * 512;
				inodes.add(s.ino);
			}
		}
	};
	visit(dir);
	return { files, pages, rendered, bytes, blocks };
}

/** Runs vite build under /usr/bin/time -v; notes when each stage's first line is printed. */
function build(dir) {
	const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
	const nodeArgs = process.env.BENCH_PROFILE
		? ['--cpu-prof', `--cpu-prof-dir=${join(dir, 'profiles')}`]
		: [];
	const timed = existsSync('/usr/bin/time');
	const argv = [process.execPath, ...nodeArgs, vite, 'build'];
	const child = spawn(timed ? '/usr/bin/time' : argv[0], timed ? ['-v', ...argv] : argv.slice(1), {
		cwd: dir,
		env: {
			...process.env,
			CSTO_PREBUILT: '1',
			VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const start = performance.now();
	let err = '';
	/** Every line printed, with when (ms from the start). */
	const lines = [];
	let pending = '';
	child.stdout.on('data', (b) => {
		const now = performance.now() - start;
		const parts = (pending + b.toString()).split('\n');
		pending = parts.pop() ?? '';
		for (const text of parts) lines.push({ t: now, text });
	});
	child.stderr.on('data', (b) => (err += b.toString()));
	return new Promise((resolve, reject) => {
		child.on('close', (code) => {
			const wall = performance.now() - start;
			if (code !== 0) {
				const out = lines.map((l) => l.text).join('\n');
				reject(
					new Error(`vite build exited with ${code}\n${out.slice(-4000)}\n${err.slice(-4000)}`)
				);
				return;
			}
			const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
			// CPU time says more than wall time when other work shares the cores.
			const user = /User time \(seconds\): ([\d.]+)/.exec(err);
			const sys = /System time \(seconds\): ([\d.]+)/.exec(err);
			resolve({
				wall,
				lines,
				peakRss: rss ? Number(rss[1]) * 1024 : NaN,
				cpu: user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : NaN
			});
		});
	});
}

/**
 * The time split, from when lines were printed: Vite builds the server, then the client (its
 * "built in" line ends Vite's part); the server build's own "built in" line comes only after
 * SvelteKit has prerendered every page; then the adapter writes build/.
 */
function split(lines, wall) {
	const at = (re) => lines.find((l) => re.test(l.text))?.t ?? NaN;
	const vite = at(/built in/);
	const adapter = at(/Using @sveltejs\/adapter/);
	return { vite, prerender: adapter - vite, adapter: wall - adapter };
}

const mb = (b) => (b / 1e6).toFixed(1);
const s = (ms) => (ms / 1000).toFixed(1);

const dir = mkdtempSync(join(tmpdir(), 'csto-bench-build-'));
try {
	const load = loadavg()
		.map((x) => x.toFixed(2))
		.join(' ');
	copyProject(dir);
	const t0 = performance.now();
	const events = writeSet(dir);
	const writeMs = performance.now() - t0;
	const data = measureTree(join(dir, 'static/data'));
	const result = await build(dir);
	const tree = measureTree(join(dir, 'build'));
	const parts = split(result.lines, result.wall);
	const eventPages = tree.pages;
	console.log(
		`bench:build — ${new Date().toISOString().slice(0, 16)}Z, load average ${load} on the way in, ${
			loadavg()[0]?.toFixed(2) ?? '?'
		} on the way out; event set written in ${s(writeMs)} s (${mb(data.bytes)} MB of data)`
	);
	console.log(
		'| events | former ids | pages rendered | .html files | output (files) | output size | on disk | wall time | CPU time | vite (server, client) | prerender | adapter | peak RSS |'
	);
	console.log(
		'| -----: | ---------: | -------------: | ----------: | -------------: | ----------: | ------: | --------: | -------: | --------------------: | --------: | ------: | -------: |'
	);
	console.log(
		`| ${events.toLocaleString('en')} | ${(events * Math.max(0, ALIASES)).toLocaleString('en')} | ${tree.rendered.toLocaleString('en')} | ${eventPages.toLocaleString('en')} | ${tree.files.toLocaleString('en')} | ${mb(tree.bytes)} MB | ${mb(tree.blocks)} MB | ${s(result.wall)} s | ${s(result.cpu)} s | ${s(parts.vite)} s | ${s(parts.prerender)} s | ${s(parts.adapter)} s | ${mb(result.peakRss)} MB |`
	);
	console.log(
		`bytes per page: ${Math.round((tree.bytes - data.bytes) / Math.max(1, eventPages)).toLocaleString('en')} (output less the published data, over the .html files)`
	);
	if (process.env.BENCH_VERBOSE)
		for (const l of result.lines) console.log(`${s(l.t).padStart(7)} s  ${l.text}`);
	if (process.env.BENCH_KEEP) console.log(`kept ${dir}`);
} finally {
	if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}
