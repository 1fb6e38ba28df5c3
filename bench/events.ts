/**
 * `npm run bench:events`: the build step on a seeded synthetic corpus of N = 1,000 and 10,000
 * articles. Each N runs in a fresh child process so peak memory (max RSS) is its own. Writing the
 * corpus is not timed; reading, extracting, merging and validating are. Target: ≥ 2,000
 * articles/second on one core, < 500 MB at 10,000.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEventSet } from '../src/lib/pipeline/buildEventSet';
import { syntheticCorpus } from './syntheticCorpus';

const SIZES = [1_000, 10_000];

function child(dir: string): void {
	const started = performance.now();
	const result = buildEventSet(dir);
	const ms = performance.now() - started;
	const out = {
		ms,
		events: result.eventSet.events.length,
		maxRssMb: process.resourceUsage().maxRSS / 1024
	};
	process.stdout.write(JSON.stringify(out));
}

function parent(): void {
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
		const run = spawnSync(
			process.execPath,
			[...process.execArgv, fileURLToPath(import.meta.url), '--child', corpus],
			{ encoding: 'utf8', maxBuffer: 1 << 26 }
		);
		rmSync(dir, { recursive: true, force: true });
		if (run.status !== 0) {
			process.stderr.write(run.stderr);
			process.exit(1);
		}
		const r = JSON.parse(run.stdout) as { ms: number; events: number; maxRssMb: number };
		rows.push(
			`| ${n.toLocaleString('en')} | ${(bytes / 1e6).toFixed(1)} MB | ${r.events.toLocaleString('en')} | ${Math.round(r.ms).toLocaleString('en')} ms | ${Math.round((n / r.ms) * 1000).toLocaleString('en')} | ${Math.round(r.maxRssMb)} MB |`
		);
	}
	console.log('| articles | corpus | events | time | articles/s | peak RSS |');
	console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const row of rows) console.log(row);
}

const at = process.argv.indexOf('--child');
if (at !== -1) child(process.argv[at + 1]!);
else parent();
