/**
 * Regenerates the event set from `articles/` before `vite dev` and `vite build`, and in dev
 * rebuilds it when an article or metadata.json changes, then reloads the open page: saving an
 * article shows its events without a restart. Nothing here may take the dev server down: a
 * broken corpus is logged and shown in Vite's error overlay, and the last good output stays.
 */
import { relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildEventSet } from './buildEventSet';
import { openCache } from './cache/openCache';
import { formatDiagnostic, quoteControls } from './diagnostics';
import { corpusProblem } from './io/corpusProblem';
import { outputOverlapsInput } from './io/outputOverlapsInput';
import { readPreviousEvents } from './io/readPreviousEvents';
import { DEFAULT_REPORT } from './io/outputPaths';
import { settleWrites } from './io/settleWrites';
import { writeEventSet } from './writeEventSet';

export interface EventsPluginOptions {
	articles?: string;
	out?: string;
	/** Where the report goes: outside the published folder (default reports/events.report.json). */
	report?: string;
}

export interface RunOutcome {
	changed: boolean;
	/** Error lines to show the developer: usage problems, unusable inputs, a failed write. */
	errors: string[];
}

/**
 * A saved file is read once its size and time have held for STABLE_MS (polled every POLL_MS)
 * and it does not end inside a character: editors and sync tools save in chunks, sometimes
 * hundreds of milliseconds apart. After MAX_WAIT_MS it is read regardless.
 */
const STABLE_MS = 1000;
const POLL_MS = 100;
const MAX_WAIT_MS = 15_000;

/** What the plugin tells its tests: how many rebuilds ran, and whether one is still waiting. */
export interface EventsPluginApi {
	rebuilds(): number;
	idle(): boolean;
}

export function eventsPlugin(options: EventsPluginOptions = {}): Plugin<EventsPluginApi> {
	const articles = resolve(options.articles ?? 'articles');
	const out = resolve(options.out ?? 'static/data/events.json');
	const report = resolve(options.report ?? DEFAULT_REPORT);
	// Diagnostics name files relative to the project, as the CLI does.
	const shown = relative(process.cwd(), articles) || '.';
	const run = (log: (s: string) => void): RunOutcome => {
		const usage = corpusProblem(shown) ?? outputOverlapsInput(articles, out, report);
		if (usage !== null) {
			const line = `events: ${quoteControls(usage)}; kept the last event set`;
			log(line);
			return { changed: false, errors: [line] };
		}
		try {
			// Articles unchanged since the last build are not extracted again: a save rebuilds fast.
			const cache = openCache();
			const result = buildEventSet(shown, { cache, previous: readPreviousEvents(out, cache) });
			const lines = result.diagnostics.map(formatDiagnostic);
			for (const l of lines) log(l);
			let changed: boolean;
			try {
				({ changed } = writeEventSet(result, out, { corpus: shown, report, store: cache }));
			} finally {
				cache?.save();
			}
			log(
				`events: ${result.report.corpus.articles} articles → ${result.report.corpus.events} events`
			);
			return { changed, errors: lines.filter((l) => l.includes(': error: ')) };
		} catch (e) {
			const line = `events: could not rebuild the event set (${quoteControls((e as Error).message)}); kept the last one. Fix the cause and save again`;
			log(line);
			return { changed: false, errors: [line] };
		}
	};
	let rebuilds = 0;
	let idle = () => true;
	// `vite build` starts a build per environment (client, then server): the corpus is read once.
	let built = false;
	let lastErrors: string[] = [];
	const overlay = (server: ViteDevServer) =>
		server.ws.send({
			type: 'error',
			err: {
				message: `The event set was built with errors; their articles' events are missing:\n${lastErrors.join('\n')}`,
				stack: '',
				plugin: 'csto-atlas-events'
			}
		});
	return {
		name: 'csto-atlas-events',
		api: { rebuilds: () => rebuilds, idle: () => idle() },
		buildStart() {
			if (built) return;
			built = true;
			lastErrors = run((s) => this.info(s)).errors;
		},
		configureServer(server: ViteDevServer) {
			server.watcher.add(articles);
			// A page opened after a broken build still hears about it.
			server.ws.on('connection', () => {
				if (lastErrors.length > 0) overlay(server);
			});
			const settler = settleWrites({
				stableMs: STABLE_MS,
				pollMs: POLL_MS,
				maxWaitMs: MAX_WAIT_MS,
				onSettled: () => {
					const { changed, errors } = run((s) => server.config.logger.info(s));
					rebuilds++;
					lastErrors = errors;
					if (errors.length > 0) overlay(server);
					else if (changed) server.ws.send({ type: 'full-reload' });
				}
			});
			idle = settler.idle;
			const onChange = (file: string) => {
				if (resolve(file).startsWith(articles)) settler.touch(resolve(file));
			};
			for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
			server.httpServer?.once('close', () => settler.stop());
		}
	};
}
