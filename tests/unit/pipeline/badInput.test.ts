import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEventSet, type BuildResult } from '$lib/pipeline/buildEventSet';
import { formatDiagnostic } from '$lib/pipeline/diagnostics';

const SEEDS = join(process.cwd(), 'articles');
const SUMMIT =
	'انعقدت اليوم الخميس 23 نوفمبر/تشرين الثاني 2023 في مينسك قمة منظمة معاهدة الأمن الجماعي.\n';

let dir: string;
let result: BuildResult;
let messages: string[];

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'csto-bad-'));
	const seed = (name: string) => readFileSync(join(SEEDS, name));
	writeFileSync(join(dir, 'a_good.txt'), seed('001_2dd66c1bbdc4b7f0.txt'));
	writeFileSync(join(dir, 'b_empty.txt'), '');
	// "القمة في مينسك" in Windows-1256, followed by a dated summit sentence in the same code page.
	writeFileSync(
		join(dir, 'c_cp1256.txt'),
		new Uint8Array([
			0xc7, 0xe1, 0xde, 0xe3, 0xc9, 0x20, 0xdd, 0xed, 0x20, 0xe3, 0xed, 0xe4, 0xd3, 0xdf
		])
	);
	writeFileSync(
		join(dir, 'd_html.txt'),
		`<!doctype html><html><body><p>${SUMMIT}</p></body></html>`
	);
	writeFileSync(join(dir, 'e_duplicate.txt'), seed('001_2dd66c1bbdc4b7f0.txt'));
	writeFileSync(
		join(dir, 'f_bad_date.txt'),
		'عقدت في 31 سبتمبر/أيلول 2022 قمة منظمة معاهدة الأمن الجماعي في يريفان.\n'
	);
	// About 5 MB: one real article followed by filler, to show size costs time, not correctness.
	writeFileSync(join(dir, 'g_huge.txt'), SUMMIT + 'وقال المحلل إن الوضع مستقر. '.repeat(190_000));
	writeFileSync(
		join(dir, 'metadata.json'),
		'{\n  "a_good.txt": {"outlet": "TASS", "published": "2023-11-23"},\n  "missing.txt": {"outlet": "x"},\n  "d_html.txt": {"published": "2023-02-30"}\n}\n'
	);
	mkdirSync(join(dir, 'sub.txt'));
	result = buildEventSet(dir);
	messages = result.diagnostics.map(formatDiagnostic);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const about = (file: string) => messages.filter((m) => m.includes(file));

describe('the build step on bad input', () => {
	it('still builds a valid event set from the usable articles', () => {
		expect(result.eventSet.events.some((e) => e.id.startsWith('2023-11-23-summit'))).toBe(true);
		expect(result.eventSet.articles.map((a) => a.file)).toEqual(
			expect.arrayContaining(['a_good.txt', 'c_cp1256.txt', 'd_html.txt', 'g_huge.txt'])
		);
	});

	it.each([
		['b_empty.txt', /error: file is empty/],
		['c_cp1256.txt', /warning: file is not valid UTF-8; decoded it as Windows-1256/],
		['d_html.txt', /warning: file holds HTML/],
		['e_duplicate.txt', /warning: same text as a_good\.txt; skipped this copy/],
		['g_huge.txt', /warning: file is \d\.\d MB, far larger than one article/],
		['missing.txt', /metadata\.json:\d+:\d+: warning: metadata names "missing\.txt"/],
		[
			'd_html.txt',
			/metadata\.json:4:\d+: warning: entry "d_html\.txt": "published" must be a real date/
		]
	])('reports %s with a clear message', (file, pattern) => {
		expect(about(file).some((m) => pattern.test(m))).toBe(true);
	});

	it('reports a date that does not exist at its line and makes no event of it', () => {
		expect(
			about('f_bad_date.txt').some((m) =>
				/f_bad_date\.txt:1:\d+: warning: .*31.*(September|سبتمبر|does not exist|not exist)/i.test(m)
			)
		).toBe(true);
		expect(
			result.eventSet.events.some((e) => e.date.startsWith('2022-09-31') || e.date === '2022-10-01')
		).toBe(false);
	});

	it('reads the Windows-1256 text correctly', () => {
		expect(result.texts.get('c_cp1256')).toBe('القمة في مينسك');
	});

	it('formats every diagnostic as file:line:col: severity: message', () => {
		for (const m of messages) expect(m).toMatch(/^[^:]+:\d+:\d+: (warning|error): .+/);
	});
});
