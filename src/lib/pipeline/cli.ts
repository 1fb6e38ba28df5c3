/**
 * `npm run events -- [--articles DIR] [--out FILE] [--report FILE] [--strict] [--threads N] [--no-cache]`
 * Exit 0 on success (warnings included); 1 when an input cannot be used at all and --strict is
 * given, or the output cannot be written; 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { buildEventSetParallel } from './buildEventSet';
import { openCache } from './cache/openCache';
import { formatDiagnostic, quoteControls } from './diagnostics';
import { corpusProblem } from './io/corpusProblem';
import { outputOverlapsInput } from './io/outputOverlapsInput';
import { readPreviousEvents } from './io/readPreviousEvents';
import { defaultThreads } from './parallel/defaultThreads';
import { writeProblem } from './io/writeProblem';
import { DEFAULT_REPORT } from './io/outputPaths';
import { writeEventSet } from './writeEventSet';

const USAGE = `usage: npm run events -- [--articles DIR] [--out FILE] [--report FILE] [--strict] [--threads N] [--no-cache]
  --articles DIR  corpus of UTF-8 .txt articles and an optional metadata.json (default: articles/)
  --out FILE      event set to write (default: static/data/events.json); its texts and former
                  ids go to sets/<generation>/ beside it
  --report FILE   report of every article, kept out of the site (default: ${DEFAULT_REPORT})
  --strict        exit 1 when any input could not be used at all
  --threads N     threads to extract on (default: every core, one on two cores or fewer); large corpora only
  --no-cache      extract every article again, ignoring node_modules/.cache/csto-atlas`;

async function main(argv: string[]): Promise<number> {
	let values: {
		articles: string;
		out: string;
		report: string;
		strict: boolean;
		threads?: string;
		'no-cache': boolean;
		help: boolean;
	};
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				articles: { type: 'string', default: 'articles' },
				out: { type: 'string', default: 'static/data/events.json' },
				report: { type: 'string', default: DEFAULT_REPORT },
				strict: { type: 'boolean', default: false },
				threads: { type: 'string' },
				'no-cache': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			},
			strict: true,
			allowPositionals: false
		}) as { values: typeof values });
	} catch (e) {
		process.stderr.write(`events: ${(e as Error).message}\n${USAGE}\n`);
		return 2;
	}
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	// Usage errors are found before anything is read or written: a typo touches nothing.
	const usage =
		corpusProblem(values.articles) ??
		outputOverlapsInput(values.articles, values.out, values.report);
	if (usage !== null) {
		process.stderr.write(`events: ${quoteControls(usage)}\n${USAGE}\n`);
		return 2;
	}
	const threads =
		values.threads === undefined ? defaultThreads(availableParallelism()) : Number(values.threads);
	if (!Number.isInteger(threads) || threads < 1 || threads > 256) {
		process.stderr.write(`events: --threads wants a whole number from 1 to 256\n${USAGE}\n`);
		return 2;
	}
	const started = performance.now();
	const cache = values['no-cache'] ? null : openCache();
	const result = await buildEventSetParallel(values.articles, {
		cache,
		threads,
		previous: readPreviousEvents(values.out, cache)
	});
	for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
	try {
		const { foreign, leftovers } = writeEventSet(result, values.out, {
			corpus: values.articles,
			report: values.report,
			store: cache
		});
		for (const what of leftovers)
			process.stderr.write(
				`${quoteControls(what)}:1:1: warning: the new event set is in place, but this could not be replaced or removed; remove it by hand\n`
			);
		for (const name of foreign)
			process.stderr.write(
				`${formatDiagnostic({ file: name, line: 1, col: 1, severity: 'warning', message: 'this file beside the texts was not written by the build step; left it alone. Remove it if the site should not serve it' })}\n`
			);
	} catch (e) {
		process.stderr.write(`${writeProblem(e, values.out, values.report)}\n`);
		return 1;
	} finally {
		// After the write, which records in it what it wrote. A cache that cannot be saved costs
		// the next build time, never this one's output.
		cache?.save();
	}
	const { corpus } = result.report;
	process.stderr.write(
		`events: ${corpus.articles} articles → ${corpus.events} events (${corpus.unresolved} unresolved, ${corpus.outsideWindow} outside ${result.eventSet.window.start}…${result.eventSet.window.end}); ` +
			`${corpus.errors} errors, ${corpus.warnings} warnings; wrote ${values.out} and ${values.report} in ${Math.round(performance.now() - started)} ms\n`
	);
	return values.strict && corpus.errors > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
