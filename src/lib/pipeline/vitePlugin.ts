/**
 * Regenerates the event set from `articles/` before `vite dev` and `vite build`, and in dev
 * rebuilds it when an article or metadata.json changes, then reloads the open page: saving an
 * article shows its events without a restart.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildEventSet } from './buildEventSet';
import { formatDiagnostic } from './diagnostics';
import { writeEventSet } from './writeEventSet';

export interface EventsPluginOptions {
	articles?: string;
	out?: string;
}

export function eventsPlugin(options: EventsPluginOptions = {}): Plugin {
	const articles = resolve(options.articles ?? 'articles');
	const out = resolve(options.out ?? 'static/data/events.json');
	const run = (log: (s: string) => void) => {
		const result = buildEventSet(articles);
		for (const d of result.diagnostics) log(formatDiagnostic(d));
		const { changed } = writeEventSet(result, out);
		log(
			`events: ${result.report.corpus.articles} articles → ${result.report.corpus.events} events`
		);
		return changed;
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	// `vite build` starts a build per environment (client, then server): the corpus is read once.
	let built = false;
	return {
		name: 'csto-atlas-events',
		buildStart() {
			if (built) return;
			built = true;
			run((s) => this.info(s));
		},
		configureServer(server: ViteDevServer) {
			server.watcher.add(articles);
			const onChange = (file: string) => {
				if (!resolve(file).startsWith(articles)) return;
				clearTimeout(timer);
				// Editors save in bursts; one rebuild per burst.
				timer = setTimeout(() => {
					if (run((s) => server.config.logger.info(s))) server.ws.send({ type: 'full-reload' });
				}, 150);
			};
			for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
			server.httpServer?.once('close', () => clearTimeout(timer));
		}
	};
}
