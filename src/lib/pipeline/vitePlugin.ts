/**
 * Regenerates the event set from `articles/` before `vite dev` and `vite build`, and in dev
 * rebuilds it when an article or metadata.json changes, then reloads the open page: saving an
 * article shows its events without a restart. Nothing here may take the dev server down: a
 * broken corpus is logged and shown in Vite's error overlay, and the last good output stays.
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildEventSet } from './buildEventSet';
import { formatDiagnostic, quoteControls } from './diagnostics';
import { corpusProblem } from './io/corpusProblem';
import { outputOverlapsInput } from './io/outputOverlapsInput';
import { readPreviousEvents } from './io/readPreviousEvents';
import { DEFAULT_REPORT } from './io/outputPaths';
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

/** How long a saved file must keep its size and time before it is read: editors save in bursts. */
const SETTLE_MS = 200;

export function eventsPlugin(options: EventsPluginOptions = {}): Plugin {
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
			const result = buildEventSet(shown, { previous: readPreviousEvents(out) });
			const lines = result.diagnostics.map(formatDiagnostic);
			for (const l of lines) log(l);
			const { changed } = writeEventSet(result, out, { corpus: shown, report });
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
	let timer: ReturnType<typeof setTimeout> | undefined;
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
			const pending = new Map<string, string>();
			const stamp = (file: string) => {
				try {
					const s = statSync(file);
					return `${s.size}:${s.mtimeMs}`;
				} catch {
					return 'gone';
				}
			};
			const settle = () => {
				// A file still growing is read only once it stops: a slow save is one rebuild, not five.
				const moving = [...pending].filter(([file, was]) => stamp(file) !== was);
				if (moving.length > 0) {
					for (const [file] of moving) pending.set(file, stamp(file));
					timer = setTimeout(settle, SETTLE_MS);
					return;
				}
				pending.clear();
				const { changed, errors } = run((s) => server.config.logger.info(s));
				lastErrors = errors;
				if (errors.length > 0) overlay(server);
				else if (changed) server.ws.send({ type: 'full-reload' });
			};
			const onChange = (file: string) => {
				if (!resolve(file).startsWith(articles)) return;
				pending.set(resolve(file), stamp(file));
				clearTimeout(timer);
				timer = setTimeout(settle, SETTLE_MS);
			};
			for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
			server.httpServer?.once('close', () => clearTimeout(timer));
		}
	};
}
