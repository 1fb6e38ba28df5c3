import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SEEDS = resolve('articles');
const CLI = resolve('src/lib/pipeline/cli.ts');
// The scratch projects have no node_modules: load tsx from this one.
const TSX = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
const work = mkdtempSync(join(tmpdir(), 'csto-safety-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function events(cwd: string, ...args: string[]) {
	const run = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], {
		cwd,
		encoding: 'utf8',
		timeout: 20_000,
		env: { ...process.env, TZ: 'Asia/Yerevan' }
	});
	return { code: run.status, signal: run.signal, stderr: run.stderr };
}

/** Every file under a directory with its bytes, to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir, { recursive: true }) as string[]) {
		const p = join(dir, name);
		if (statSync(p).isFile()) out[name] = readFileSync(p, 'base64');
	}
	return out;
}

/** Where the event set at `out` keeps an article's text (its generation's folder). */
function textOf(out: string, id: string): string {
	const { generation } = JSON.parse(readFileSync(out, 'utf8')) as { generation: string };
	return join(out, '..', 'sets', generation, 'articles', `${id}.txt`);
}

/** A scratch project: a copy of the seed corpus in `articles/`. */
function project(name: string): string {
	const dir = join(work, name);
	mkdirSync(dir);
	cpSync(SEEDS, join(dir, 'articles'), { recursive: true });
	return dir;
}

describe('the build step never loses a file', { timeout: 120_000 }, () => {
	it.each([
		['the project root, so the texts would go into articles/', 'events.json'],
		['the corpus itself', 'articles/metadata.json'],
		['a file inside the corpus', 'articles/events.json'],
		['the corpus folder', 'articles']
	])('refuses an --out in %s as a usage error and touches nothing', (_, out) => {
		const dir = project(`overlap-${out.replace(/\W/g, '_')}`);
		const before = snapshot(dir);
		const r = events(dir, '--out', out);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/is or holds the articles directory/);
		expect(snapshot(dir)).toEqual(before);
	});

	it.each([
		['a misspelt corpus folder', 'artciles', null],
		['an empty corpus folder', 'empty', 'dir'],
		['a corpus folder without .txt files', 'notxt', 'json'],
		['a file given as the corpus', 'plain', 'file']
	])(
		'refuses %s as a usage error (exit 2, also with --strict) and keeps the last output',
		(_, name, kind) => {
			const dir = project(`corpus-${name}`);
			expect(events(dir, '--out', 'site/events.json').code).toBe(0);
			if (kind === 'dir' || kind === 'json') mkdirSync(join(dir, name));
			if (kind === 'json') writeFileSync(join(dir, name, 'metadata.json'), '{}');
			if (kind === 'file') writeFileSync(join(dir, name), 'x');
			const before = snapshot(join(dir, 'site'));
			for (const strict of [[], ['--strict']]) {
				const r = events(dir, '--articles', name, '--out', 'site/events.json', ...strict);
				expect(r.code).toBe(2);
				expect(r.stderr).toMatch(/pass the folder of articles with --articles/);
			}
			expect(snapshot(join(dir, 'site'))).toEqual(before);
			expect(existsSync(textOf(join(dir, 'site', 'events.json'), '002_7e73e5d89ee22f4a'))).toBe(
				true
			);
		}
	);

	it('never deletes a file in the texts folder that it did not write, and says so', () => {
		const dir = project('foreign');
		mkdirSync(join(dir, 'site', 'articles'), { recursive: true });
		writeFileSync(join(dir, 'site', 'articles', 'notes.txt'), 'mine');
		const r = events(dir, '--out', 'site/events.json');
		expect(r.code).toBe(0);
		expect(readFileSync(join(dir, 'site', 'articles', 'notes.txt'), 'utf8')).toBe('mine');
		expect(r.stderr).toMatch(/notes\.txt:1:1: warning: .*not written by the build step/);
	});

	it('removes the texts it wrote for articles that left the corpus', () => {
		const dir = project('stale');
		const out = join(dir, 'site', 'events.json');
		expect(events(dir, '--out', 'site/events.json').code).toBe(0);
		const gone = textOf(out, '000_c83bbf3edd4278c7');
		expect(existsSync(gone)).toBe(true);
		rmSync(join(dir, 'articles', '000_c83bbf3edd4278c7.txt'));
		expect(events(dir, '--out', 'site/events.json').code).toBe(0);
		expect(existsSync(gone)).toBe(false);
		expect(existsSync(textOf(out, '000_c83bbf3edd4278c7'))).toBe(false);
		expect(readdirSync(join(dir, 'site', 'sets'))).toHaveLength(2); // the generation and the manifest
	});

	it('removes the texts, aliases and report an earlier version wrote beside the event set, and only those', () => {
		const dir = project('legacy');
		const site = join(dir, 'site');
		mkdirSync(join(site, 'articles'), { recursive: true });
		writeFileSync(join(site, 'articles', '000_c83bbf3edd4278c7.txt'), 'old text');
		writeFileSync(join(site, 'articles', 'notes.txt'), 'mine');
		writeFileSync(
			join(site, 'articles', '.written-by-events.json'),
			JSON.stringify({ writtenBy: 'csto-atlas events', files: ['000_c83bbf3edd4278c7.txt'] })
		);
		writeFileSync(join(site, 'events.report.json'), '{"diagnostics": ["/home/me/articles/x.txt"]}');
		writeFileSync(join(site, 'events.aliases.json'), '{}');
		expect(events(dir, '--out', 'site/events.json').code).toBe(0);
		expect(readdirSync(join(site, 'articles'))).toEqual(['notes.txt']);
		expect(existsSync(join(site, 'events.report.json'))).toBe(false);
		expect(existsSync(join(site, 'events.aliases.json'))).toBe(false);
	});

	it('refuses to overwrite a generation folder it did not write that differs from its own', () => {
		const dir = project('clash');
		expect(events(dir, '--out', 'first/events.json').code).toBe(0);
		const { generation } = JSON.parse(readFileSync(join(dir, 'first', 'events.json'), 'utf8'));
		const theirs = join(dir, 'site', 'sets', generation, 'articles', '002_7e73e5d89ee22f4a.txt');
		mkdirSync(join(theirs, '..'), { recursive: true });
		writeFileSync(theirs, 'somebody else');
		const r = events(dir, '--out', 'site/events.json');
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/was not written by this step and differs/);
		expect(readFileSync(theirs, 'utf8')).toBe('somebody else');
		expect(existsSync(join(dir, 'site', 'events.json'))).toBe(false);
	});
});

describe('the build step replaces its output all or nothing', { timeout: 120_000 }, () => {
	it('replaces the event set by a rename, never rewriting the old file in place', () => {
		const dir = project('rename');
		expect(events(dir, '--out', 'site/events.json').code).toBe(0);
		const out = join(dir, 'site', 'events.json');
		const inode = statSync(out).ino;
		rmSync(join(dir, 'articles', '003_252db237d9b5f652.txt'));
		expect(events(dir, '--out', 'site/events.json').code).toBe(0);
		// A new inode: readers holding the old file read it whole; nobody sees a truncated one.
		expect(statSync(out).ino).not.toBe(inode);
		expect(readdirSync(join(dir, 'site')).filter((n) => n.includes('.tmp'))).toEqual([]);
	});

	it('touches nothing when the event set cannot be replaced', () => {
		const dir = project('blocked');
		expect(events(dir, '--out', 'site/events.json').code).toBe(0);
		rmSync(join(dir, 'site', 'events.json'));
		mkdirSync(join(dir, 'site', 'events.json'));
		rmSync(join(dir, 'articles', '000_c83bbf3edd4278c7.txt'));
		writeFileSync(join(dir, 'articles', '001_2dd66c1bbdc4b7f0.txt'), 'نص آخر تماما.\n');
		const before = snapshot(join(dir, 'site'));
		const r = events(dir, '--out', 'site/events.json');
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/error: cannot write the output .*nothing was replaced/);
		expect(snapshot(join(dir, 'site'))).toEqual(before);
		expect(readdirSync(join(dir, 'site', 'sets')).filter((n) => n.includes('.tmp'))).toEqual([]);
	});

	it('fails fast with a diagnostic on an output under /proc instead of spinning', () => {
		const r = events(resolve('.'), '--out', '/proc/events.json');
		expect(r.signal).toBeNull();
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/\/proc\/events\.json:1:1: error: cannot write the output/);
	});

	it('names files in the report relative to the corpus, never by absolute path', () => {
		const dir = project('report');
		writeFileSync(join(dir, 'articles', 'empty.txt'), '');
		expect(events(dir, '--articles', join(dir, 'articles'), '--out', 'site/events.json').code).toBe(
			0
		);
		const report = readFileSync(join(dir, 'reports', 'events.report.json'), 'utf8');
		expect(report).toMatch(/"articles\/empty\.txt:1:1: error: file is empty/);
		expect(report).not.toContain(work);
	});

	it('keeps the report out of the published folder, in reports/ or where --report says', () => {
		const dir = project('report-place');
		expect(events(dir, '--out', 'site/events.json').code).toBe(0);
		const published = Object.keys(snapshot(join(dir, 'site')));
		expect(published.filter((n) => n.includes('report'))).toEqual([]);
		const report = JSON.parse(readFileSync(join(dir, 'reports', 'events.report.json'), 'utf8'));
		const set = JSON.parse(readFileSync(join(dir, 'site', 'events.json'), 'utf8'));
		expect(report.generation).toBe(set.generation);
		expect(events(dir, '--out', 'site/events.json', '--report', 'elsewhere/r.json').code).toBe(0);
		expect(existsSync(join(dir, 'elsewhere', 'r.json'))).toBe(true);
		const r = events(dir, '--out', 'site/events.json', '--report', 'articles/r.json');
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(
			/the report would be written to .*choose a --report outside the corpus/
		);
	});
});
