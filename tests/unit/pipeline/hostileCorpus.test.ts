import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEventSet, type BuildResult } from '$lib/pipeline/buildEventSet';
import { formatDiagnostic } from '$lib/pipeline/diagnostics';

const SEEDS = join(process.cwd(), 'articles');
const seed = (name: string) => readFileSync(join(SEEDS, name));
const SUMMIT =
	'انعقدت اليوم الخميس 23 نوفمبر/تشرين الثاني 2023 في مينسك قمة منظمة معاهدة الأمن الجماعي.\n';

let dir: string;
let result: BuildResult;
let messages: string[];
const about = (file: string) => messages.filter((m) => m.includes(file));

/** A seed article with one 0xFF byte dropped into the middle of its text, between two words. */
function withStrayByte(bytes: Buffer): Buffer {
	const at = bytes.indexOf(0x20, Math.floor(bytes.length / 2));
	return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'csto-hostile-'));
	const outside = mkdtempSync(join(tmpdir(), 'csto-outside-'));
	writeFileSync(join(outside, 'secret.txt'), 'root:x:0:0:root:/root:/bin/bash\n');
	symlinkSync(join(outside, 'secret.txt'), join(dir, 'p_passwd.txt'));
	symlinkSync(join(dir, 'q_loop.txt'), join(dir, 'q_loop.txt'));
	writeFileSync(join(dir, 'a_stray_ff.txt'), withStrayByte(seed('001_2dd66c1bbdc4b7f0.txt')));
	const near = new TextDecoder()
		.decode(seed('001_2dd66c1bbdc4b7f0.txt'))
		.replace('الروسي', 'الروسى');
	writeFileSync(join(dir, 'k_near_copy.txt'), near);
	writeFileSync(join(dir, 'b_nul.txt'), Buffer.alloc(64));
	writeFileSync(join(dir, 'c_diacritics.txt'), 'ًٌٍَُِّْ'.repeat(20));
	writeFileSync(join(dir, 'd_tatweel.txt'), 'ـــــــــــ\nـــــ');
	writeFileSync(join(dir, 'e_utf16_nobom.txt'), Buffer.from(SUMMIT, 'utf16le'));
	mkdirSync(join(dir, 'f_folder.txt'));
	execFileSync('mkfifo', [join(dir, 'g_fifo.txt')]);
	writeFileSync(
		join(dir, 'h_entities.txt'),
		`<!doctype html><html><body><nav><a href="/">الرئيسية</a></nav><p>${SUMMIT.trim()} &#99999999; &#xD800; &amp;</p></body></html>`
	);
	writeFileSync(join(dir, 'i_bidi.txt'), SUMMIT.replace('مينسك', 'مينسك \u202Eسك'));
	writeFileSync(join(dir, 'j_name\n\x1b[2Jforged.txt'), '');
	writeFileSync(
		join(dir, 'metadata.json'),
		JSON.stringify({ 'i_bidi.txt': { outlet: '\u202Esretue R' } })
	);
	result = buildEventSet(dir);
	messages = result.diagnostics.map(formatDiagnostic);
	rmSync(outside, { recursive: true, force: true });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the build step on hostile or odd files', () => {
	it('keeps a UTF-8 article with one stray byte as UTF-8, losing only that byte, and says where', () => {
		const text = result.texts.get('a_stray_ff')!;
		const clean = new TextDecoder().decode(seed('001_2dd66c1bbdc4b7f0.txt'));
		expect(text.replace('\uFFFD', '')).toBe(clean);
		expect(about('a_stray_ff.txt').join('\n')).toMatch(
			/warning: file is UTF-8 but for 1 invalid byte sequence \(at byte offset \d+\); replaced/
		);
		expect(about('a_stray_ff.txt').join('\n')).not.toMatch(/Windows-1256/);
		expect(result.report.articles.find((a) => a.id === 'a_stray_ff')!.events.length).toBe(
			buildEventSet(SEEDS).report.articles.find((a) => a.file === '001_2dd66c1bbdc4b7f0.txt')!
				.events.length
		);
	});

	it.each([
		['p_passwd.txt', /error: this entry is a link to .*outside the corpus directory; refused it/],
		['q_loop.txt', /error: this entry is a link that loops back on itself/],
		['b_nul.txt', /error: file holds no letters or digits/],
		['c_diacritics.txt', /error: file holds no letters or digits/],
		['d_tatweel.txt', /error: file holds no letters or digits/],
		['e_utf16_nobom.txt', /warning: file is UTF-16 \(little-endian\) without a byte order mark/],
		['f_folder.txt', /error: this entry is a directory, not a file/],
		['g_fifo.txt', /error: this entry is a named pipe \(FIFO\), not a file/],
		['i_bidi.txt', /i_bidi\.txt:1:\d+: warning: a bidirectional control character/],
		['metadata.json', /warning: entry "i_bidi\.txt": "outlet" holds a bidirectional control/],
		['k_near_copy.txt', /warning: nearly the same text as a_stray_ff\.txt \(\d+%/]
	])('reports %s', (file, pattern) => {
		expect(about(file).some((m) => pattern.test(m))).toBe(true);
	});

	it('cites a sentence shared by near-copies once', () => {
		for (const e of result.eventSet.events)
			expect(new Set(e.sources.map((s) => s.quote)).size).toBe(e.sources.length);
	});

	it('publishes nothing from a link that leaves the corpus', () => {
		expect([...result.texts.values()].some((t) => t.includes('root:x:0'))).toBe(false);
		expect(result.eventSet.articles.map((a) => a.file)).not.toContain('p_passwd.txt');
	});

	it('reads UTF-16 without a byte order mark as the text it is', () => {
		expect(result.texts.get('e_utf16_nobom')).toBe(SUMMIT);
	});

	it('decodes out-of-range and surrogate character references to U+FFFD, as HTML does', () => {
		const text = result.texts.get('h_entities')!;
		expect(text).toContain('\uFFFD \uFFFD &');
		expect(text).not.toMatch(/[\uD800-\uDFFF]/);
		expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
	});

	it('neutralises bidi controls in texts and outlets, so quotes match the shipped text', () => {
		expect(result.texts.get('i_bidi')).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
		expect(result.eventSet.articles.find((a) => a.id === 'i_bidi')!.outlet).toBe('\uFFFDsretue R');
		for (const e of result.eventSet.events)
			for (const s of e.sources) {
				const shipped = Buffer.from(result.texts.get(s.article)!, 'utf8').toString('utf8');
				expect(shipped.slice(s.start, s.end)).toBe(s.quote);
			}
	});

	it('quotes control characters of a file name, so it cannot forge a line or drive the terminal', () => {
		const line = messages.find((m) => m.includes('forged.txt'))!;
		expect(line).toMatch(/j_name\\u\{A\}\\u\{1B\}\[2Jforged\.txt:1:1: error: file is empty/);
		for (const m of messages)
			for (const c of ['\n', '\u001b', '\u202e']) expect(m).not.toContain(c);
	});
});

describe('a metadata.json that cannot be read', () => {
	it.each([
		['a directory', (p: string) => mkdirSync(p), /this entry is a directory|is a directory/],
		['a link loop', (p: string) => symlinkSync(p, p), /loops back on itself/],
		[
			'a link out of the corpus',
			(p: string) => symlinkSync('/etc/hostname', p),
			/outside the corpus directory/
		]
	])('costs only the metadata when it is %s, with an error', (_, make, pattern) => {
		const corpus = mkdtempSync(join(tmpdir(), 'csto-meta-'));
		try {
			writeFileSync(join(corpus, 'a.txt'), SUMMIT);
			make(join(corpus, 'metadata.json'));
			const r = buildEventSet(corpus);
			const lines = r.diagnostics.map(formatDiagnostic);
			expect(
				lines.some((m) => /metadata\.json:1:1: error: metadata\.json /.test(m) && pattern.test(m))
			).toBe(true);
			expect(r.eventSet.events.some((e) => e.id.startsWith('2023-11-23-summit'))).toBe(true);
		} finally {
			rmSync(corpus, { recursive: true, force: true });
		}
	});
});
