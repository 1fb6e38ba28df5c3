/**
 * One written rebuild after one added article, for CPU profiles (`node --cpu-prof --import tsx
 * bench/rebuildOnce.ts DIR WORK`) and for where its time goes: the first call fills WORK's cache
 * and output, later calls add (or re-add) `added.txt` with a new line and time the rebuild alone,
 * printing each step's wall and CPU time (the build's own steps through `onPhase`). On a shared
 * host the CPU time says more than the wall time, which also waits for the disk and other work.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEventSetParallel } from '../src/lib/pipeline/buildEventSet';
import { ExtractionCache } from '../src/lib/pipeline/cache/extractionCache';
import { rulesVersion } from '../src/lib/pipeline/cache/rulesVersion';
import { readPreviousEvents } from '../src/lib/pipeline/io/readPreviousEvents';
import { writeEventSet } from '../src/lib/pipeline/writeEventSet';

const [dir, work] = process.argv.slice(2) as [string, string];
const file = join(work, 'cache.bin');
const out = join(work, 'data', 'events.json');
const report = join(work, 'report.json');
if (existsSync(file)) {
	const source = readFileSync(join(dir, 'syn_000000.txt'), 'utf8');
	writeFileSync(join(dir, 'added.txt'), source.replace(/\n/, `\nخبر أضيف للتو ${Date.now()}.\n`));
}
const phases: string[] = [];
const started = performance.now();
let [wall, cpu] = [started, process.cpuUsage()];
const phase = (name: string) => {
	const used = process.cpuUsage(cpu);
	const now = performance.now();
	phases.push(
		`${name} ${Math.round(now - wall)} (${Math.round((used.user + used.system) / 1000)})`
	);
	[wall, cpu] = [now, process.cpuUsage()];
};
const cache = new ExtractionCache(file, rulesVersion()!);
phase('cache');
const previous = readPreviousEvents(out, cache);
phase('ids read');
const result = await buildEventSetParallel(dir, { threads: 1, cache, previous, onPhase: phase });
writeEventSet(result, out, { corpus: dir, report, store: cache });
phase('write');
cache.save();
phase('cache saved');
console.log(
	`${Math.round(performance.now() - started)} ms, ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; wall (CPU) ms: ${phases.join(', ')}`
);
