/**
 * One written rebuild after one added article, for CPU profiles (`node --cpu-prof --import tsx
 * bench/rebuildOnce.ts DIR WORK`): the first call fills WORK's cache and output, later calls
 * add (or re-add) `added.txt` with a new line and time the rebuild alone.
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
const started = performance.now();
const cache = new ExtractionCache(file, rulesVersion()!);
const result = await buildEventSetParallel(dir, {
	threads: 1,
	cache,
	previous: readPreviousEvents(out, cache)
});
writeEventSet(result, out, { corpus: dir, report, store: cache });
cache.save();
console.log(
	`${Math.round(performance.now() - started)} ms, ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`
);
