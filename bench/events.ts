/**
 * `npm run bench:events`: the build step on a seeded synthetic corpus of N = 1,000 and 10,000
 * articles: on one thread, on every core (worker threads), and the rebuild after one article is
 * added to a corpus whose extractions are cached, without and with writing its output (what
 * `npm run events` and the dev server do: the event set, its index, its generation of texts and
 * details, the report). Each run is a fresh child process so peak memory (max RSS) is its own.
 * Writing the corpus is not timed; reading, extracting, merging and validating are (and, for the
 * rebuild, loading and saving the cache, reading the previous set and writing the new one).
 * Targets: ≥ 2,000 articles/second and < 500 MB at 10,000; a rebuild after one added article
 * under 1 s. A fixed loop timed before and after says how fast the (shared) machine was running.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEventSet, buildEventSetParallel } from '../src/lib/pipeline/buildEventSet';
import { ExtractionCache } from '../src/lib/pipeline/cache/extractionCache';
import { rulesVersion } from '../src/lib/pipeline/cache/rulesVersion';
import { readPreviousEvents } from '../src/lib/pipeline/io/readPreviousEvents';
import { defaultThreads } from '../src/lib/pipeline/parallel/defaultThreads';
import { writeEventSet } from '../src/lib/pipeline/writeEventSet';
import { syntheticCorpus } from './syntheticCorpus';

/** `BENCH_SIZES=10000` and `BENCH_MODES='one added, cached;one added, cached, written'` choose. */
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);

type Mode = 'one thread' | 'all cores' | 'one added, cached' | 'one added, cached, written';
const ALL_MODES: Mode[] = [
	'one thread',
	'all cores',
	'one added, cached',
	'one added, cached, written'
];
const MODES = process.env.BENCH_MODES
	? ALL_MODES.filter((m) => process.env.BENCH_MODES!.split(';').includes(m))
	: ALL_MODES;

async function child(dir: string, mode: Mode): Promise<void> {
	let started = performance.now();
	let cpuStarted = process.cpuUsage();
	let ended: number | undefined;
	let cpuEnded: NodeJS.CpuUsage | undefined;
	let result;
	if (mode === 'one thread') result = buildEventSet(dir);
	else if (mode === 'all cores')
		result = await buildEventSetParallel(dir, { threads: availableParallelism() });
	else {
		// Untimed: a first build fills the cache (and writes its output); then one article is
		// added, and the rebuild timed as the command runs it (its default threads).
		const written = mode === 'one added, cached, written';
		const work = mkdtempSync(join(tmpdir(), 'csto-bench-out-'));
		const file = join(work, 'cache.bin');
		const out = join(work, 'data', 'events.json');
		const report = join(work, 'report.json');
		const threads = defaultThreads(availableParallelism());
		const rules = rulesVersion()!;
		const first = new ExtractionCache(file, rules);
		const clean = await buildEventSetParallel(dir, { threads, cache: first });
		if (written) writeEventSet(clean, out, { corpus: dir, report, store: first });
		first.save();
		const added = join(dir, 'added.txt');
		const source = readFileSync(join(dir, 'syn_000000.txt'), 'utf8');
		writeFileSync(added, source.replace(/\n/, '\nخبر أضيف للتو.\n'));
		started = performance.now();
		cpuStarted = process.cpuUsage();
		const cache = new ExtractionCache(file, rules);
		result = await buildEventSetParallel(dir, {
			threads,
			cache,
			...(written ? { previous: readPreviousEvents(out, cache) } : {})
		});
		// As the command runs it: the cache is saved after the write, which records in it the ids
		// it wrote.
		if (written) writeEventSet(result, out, { corpus: dir, report, store: cache });
		cache.save();
		ended = performance.now();
		cpuEnded = process.cpuUsage();
		rmSync(added);
		rmSync(work, { recursive: true, force: true });
	}
	const ms = (ended ?? performance.now()) - started;
	// CPU time (user + system, this process's threads) of the same span: on a shared host it
	// varies less than the wall time, which also waits for the disk and for other processes.
	const cpu = process.cpuUsage(cpuStarted);
	const cpuUsed = cpuEnded
		? cpuEnded.user - cpuStarted.user + cpuEnded.system - cpuStarted.system
		: cpu.user + cpu.system;
	const out = {
		ms,
		cpuMs: cpuUsed / 1000,
		events: result.eventSet.events.length,
		maxRssMb: process.resourceUsage().maxRSS / 1024
	};
	process.stdout.write(JSON.stringify(out));
}

/**
 * This machine's speed now: a fixed integer loop (3·10⁸ additions), timed. A shared virtual
 * machine's speed swings by up to 2× within an hour; printed before and after the runs, this says
 * which figures were taken on a slow host. (230–300 ms on this 2-core machine when calm.)
 */
function hostSpeed(): number {
	const started = performance.now();
	let x = 0;
	for (let i = 0; i < 3e8; i++) x += i & 7;
	if (x < 0) throw new Error('unreachable');
	return Math.round(performance.now() - started);
}

function parent(): void {
	const before = hostSpeed();
	const rows: string[] = [];
	for (const n of SIZES) {
		const dir = mkdtempSync(join(tmpdir(), 'csto-bench-'));
		const corpus = join(dir, 'articles');
		mkdirSync(corpus);
		let bytes = 0;
		for (const a of syntheticCorpus(n, 7)) {
			writeFileSync(join(corpus, a.file), a.text);
			bytes += Buffer.byteLength(a.text);
		}
		for (const mode of MODES) {
			const run = spawnSync(
				process.execPath,
				[...process.execArgv, fileURLToPath(import.meta.url), '--child', corpus, mode],
				{ encoding: 'utf8', maxBuffer: 1 << 26 }
			);
			if (run.status !== 0) {
				process.stderr.write(run.stderr);
				process.exit(1);
			}
			const r = JSON.parse(run.stdout) as {
				ms: number;
				cpuMs: number;
				events: number;
				maxRssMb: number;
			};
			const perSecond = mode.startsWith('one added') ? '—' : Math.round((n / r.ms) * 1000);
			rows.push(
				`| ${n.toLocaleString('en')} | ${mode} | ${(bytes / 1e6).toFixed(1)} MB | ${r.events.toLocaleString('en')} | ${Math.round(r.ms).toLocaleString('en')} ms | ${Math.round(r.cpuMs).toLocaleString('en')} ms | ${perSecond.toLocaleString('en')} | ${Math.round(r.maxRssMb)} MB |`
			);
		}
		rmSync(dir, { recursive: true, force: true });
	}
	console.log(
		`| articles | build | corpus | events | time | CPU | articles/s | peak RSS |  (${availableParallelism()} cores)`
	);
	console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const row of rows) console.log(row);
	console.log(
		`\nHost speed, a fixed loop timed before and after: ${before} ms, ${hostSpeed()} ms (230–300 ms when the machine is calm; higher is slower).`
	);
}

const at = process.argv.indexOf('--child');
if (at !== -1) await child(process.argv[at + 1]!, process.argv[at + 2] as Mode);
else parent();
