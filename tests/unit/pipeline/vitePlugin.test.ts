import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventsPlugin } from '$lib/pipeline/vitePlugin';

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
