import { EventEmitter } from 'node:events';
import {
	appendFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventsPlugin, type EventsPluginApi } from '$lib/pipeline/vitePlugin';
import { tailEndsMidCharacter } from '$lib/pipeline/io/endsMidCharacter';

const work = mkdtempSync(join(tmpdir(), 'csto-plugin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SUMMIT =
	'انعقدت اليوم الخميس 23 نوفمبر/تشرين الثاني 2023 في مينسك قمة منظمة معاهدة الأمن الجماعي.\n';

/** Runs the plugin's build hook as Vite would, collecting what it logs. */
function buildWith(articles: string, out: string): string[] {
	const logged: string[] = [];
	const plugin = eventsPlugin({ articles, out });
	const hook = plugin.buildStart as (this: unknown) => void;
	hook.call({ info: (s: string) => logged.push(s) });
	return logged;
}

describe('the events plugin keeps the dev server and build alive', () => {
	it.each([
		['metadata.json is a directory', (d: string) => mkdirSync(join(d, 'metadata.json'))],
		[
			'metadata.json is a link loop',
			(d: string) => symlinkSync(join(d, 'metadata.json'), join(d, 'metadata.json'))
		],
		[
			'an article holds &#99999999;',
			(d: string) =>
				writeFileSync(
					join(d, 'b.txt'),
					'<!doctype html><html><body><p>&#99999999;</p></body></html>'
				)
		]
	])('when %s: logs it and still writes the event set', (name, make) => {
		const corpus = join(work, name.replace(/\W/g, '_'));
		mkdirSync(corpus);
		writeFileSync(join(corpus, 'a.txt'), SUMMIT);
		make(corpus);
		const out = join(work, `${name.replace(/\W/g, '_')}-out`, 'events.json');
		const logged = buildWith(corpus, out);
		expect(logged.some((l) => /events: 1 articles|events: 2 articles/.test(l))).toBe(true);
		expect(JSON.parse(readFileSync(out, 'utf8')).events.length).toBeGreaterThan(0);
	});

	it('when the corpus is missing: logs it and keeps the last event set', () => {
		const out = join(work, 'missing-out', 'events.json');
		mkdirSync(join(work, 'missing-out'));
		writeFileSync(out, '{"kept": true}');
		const logged = buildWith(join(work, 'nowhere'), out);
		expect(logged.join('\n')).toMatch(/does not exist; .*kept the last event set/);
		expect(readFileSync(out, 'utf8')).toBe('{"kept": true}');
	});
});

/** Resolves once `ready()` holds, checking every few milliseconds. */
async function until(ready: () => boolean, timeoutMs = 30_000): Promise<void> {
	const start = Date.now();
	while (!ready()) {
		if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for a condition');
		await new Promise((r) => setTimeout(r, 10));
	}
}

describe('the events plugin in dev mode', () => {
	it('tells a UTF-8 tail cut inside a character from a whole one', () => {
		const bytes = Buffer.from('قمة', 'utf8');
		expect(tailEndsMidCharacter(bytes)).toBe(false);
		expect(tailEndsMidCharacter(bytes.subarray(0, 3))).toBe(true);
		expect(tailEndsMidCharacter(Buffer.from('abc'))).toBe(false);
		expect(tailEndsMidCharacter(Buffer.from('😀', 'utf8').subarray(0, 3))).toBe(true);
	});

	it('rebuilds once, from the whole file, when a save arrives in chunks more than 200 ms apart', async () => {
		const corpus = join(work, 'slow');
		mkdirSync(corpus);
		writeFileSync(join(corpus, 'a.txt'), SUMMIT);
		const out = join(work, 'slow-out', 'events.json');
		const plugin = eventsPlugin({ articles: corpus, out, report: join(work, 'slow-report.json') });
		(plugin.buildStart as (this: unknown) => void).call({ info: () => {} });
		const logged: string[] = [];
		const sent: { type: string }[] = [];
		const watcher = Object.assign(new EventEmitter(), { add: () => {} });
		const server = {
			watcher,
			ws: { send: (m: { type: string }) => sent.push(m), on: () => {} },
			config: { logger: { info: (s: string) => logged.push(s) } },
			httpServer: null
		};
		(plugin.configureServer as (s: unknown) => void)(server);
		const api = plugin.api as EventsPluginApi;

		// A clash report saved in four chunks, each cut inside an Arabic letter, 350 ms apart.
		const text =
			'اندلعت اشتباكات عنيفة يوم 13 سبتمبر/أيلول 2022 على الحدود بين أرمينيا وأذربيجان قرب جيرموك.\n';
		const bytes = Buffer.from(text, 'utf8');
		const cuts = [0, 31, 81, 123, bytes.length];
		for (const c of cuts.slice(1, -1))
			expect(tailEndsMidCharacter(bytes.subarray(0, c))).toBe(true);
		const file = join(corpus, 'b.txt');
		for (let i = 0; i + 1 < cuts.length; i++) {
			if (i > 0) await new Promise((r) => setTimeout(r, 350)); // the slow writer, not a wait
			appendFileSync(file, bytes.subarray(cuts[i], cuts[i + 1]));
			watcher.emit(i === 0 ? 'add' : 'change', file);
		}
		await until(() => logged.some((l) => /events: 2 articles/.test(l)) && api.idle());
		const rebuilds = logged.filter((l) => /^events: \d+ articles/.test(l));
		expect(rebuilds).toEqual(['events: 2 articles → 2 events']);
		expect(logged.filter((l) => /warning|error/.test(l))).toEqual([]);
		expect(sent.filter((m) => m.type === 'full-reload')).toHaveLength(1);
		const set = JSON.parse(readFileSync(out, 'utf8'));
		expect(set.events.map((e: { id: string }) => e.id)).toContain('2022-09-13-clash-jermuk');
	}, 60_000);
});
