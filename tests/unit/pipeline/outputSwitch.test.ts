import { spawnSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleTextPath } from '$lib/detail/articleTextPath';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { writeEventSet } from '$lib/pipeline/writeEventSet';
import { readEventSetFile } from '$lib/ui/eventSetFile.server';
import { readEventAliases } from '$lib/url/eventAliases.server';

/**
 * Every change the writer makes to the file system passes through here: a reader looks at the
 * output after each one, and a test can make the n-th one fail as a full disk or a refused
 * permission would.
 */
const fault = vi.hoisted(() => ({
	armed: false,
	failAt: 0,
	count: 0,
	injected: false,
	probe: null as null | (() => void)
}));
vi.mock('node:fs', async (original) => {
	const fs = await original<typeof import('node:fs')>();
	const wrap =
		<A extends unknown[], R>(name: string, real: (...args: A) => R) =>
		(...args: A): R => {
			if (fault.armed && ++fault.count === fault.failAt) {
				fault.injected = true;
				throw Object.assign(new Error(`injected failure of ${name}`), { code: 'EIO' });
			}
			const result = real(...args);
			if (fault.armed) fault.probe?.();
			return result;
		};
	const wrapped = {
		...fs,
		writeSync: wrap('writeSync', fs.writeSync as (...a: unknown[]) => number),
		renameSync: wrap('renameSync', fs.renameSync),
		linkSync: wrap('linkSync', fs.linkSync),
		rmSync: wrap('rmSync', fs.rmSync),
		unlinkSync: wrap('unlinkSync', fs.unlinkSync),
		mkdirSync: wrap('mkdirSync', fs.mkdirSync as (...a: unknown[]) => string | undefined)
	};
	return { ...wrapped, default: wrapped };
});

const work = mkdtempSync(join(tmpdir(), 'csto-switch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SUMMIT =
	'انعقدت اليوم الخميس 23 نوفمبر/تشرين الثاني 2023 في مينسك قمة منظمة معاهدة الأمن الجماعي.\n';
const CLASH = 'اندلعت اشتباكات عنيفة على الحدود بين أرمينيا وأذربيجان في سبتمبر/أيلول 2022.\n';
const CLASH_DAY =
	'اندلعت اشتباكات عنيفة يوم 13 سبتمبر/أيلول 2022 على الحدود بين أرمينيا وأذربيجان قرب جيرموك.\n';

/** The old corpus and the new: one text changed (its quotes move), one gone, one added. */
const OLD = { 'a.txt': SUMMIT, 'b.txt': CLASH };
const NEW = { 'a.txt': `قال المراسل:\n${SUMMIT}`, 'c.txt': CLASH_DAY };

function corpus(name: string, files: Record<string, string>): string {
	const dir = join(work, name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
	return dir;
}

/**
 * What a reader of the published folder sees, read as the site reads it: the event set, then
 * each text where the app fetches it and the aliases the pages use. A set whose texts are
 * missing or do not hold its quotes, or whose aliases lead nowhere, is reported as broken.
 */
function view(out: string): string {
	const r = readEventSetFile(out);
	if (!r.ok) return `no event set (${r.reason})`;
	const set = r.data;
	const texts = new Map<string, string>();
	for (const a of set.articles) {
		const path = join(dirname(out), articleTextPath(a.id, set.generation).replace(/^\/data\//, ''));
		try {
			texts.set(a.id, readFileSync(path, 'utf8'));
		} catch {
			return `broken: the text of ${a.id} is missing`;
		}
	}
	for (const e of set.events)
		for (const s of e.sources)
			if (texts.get(s.article)?.slice(s.start, s.end) !== s.quote)
				return `broken: a quote of ${e.id} is not in the text of ${s.article}`;
	const aliases = readEventAliases(set.generation, out);
	for (const [from, to] of Object.entries(aliases))
		if (!set.events.some((e) => e.id === to)) return `broken: ${from} leads to no event`;
	return JSON.stringify({ events: set.events.map((e) => e.id), texts: [...texts], aliases });
}

function files(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir, { recursive: true }) as string[]) {
		const p = join(dir, name);
		if (statSync(p).isFile()) out[name] = readFileSync(p, 'base64');
	}
	return out;
}

const oldCorpus = corpus('old', OLD);
const newCorpus = corpus('new', NEW);
const write = (from: string, out: string) =>
	writeEventSet(buildEventSet(from), out, {
		corpus: from,
		report: join(work, 'reports', 'r.json')
	});

beforeEach(() => {
	Object.assign(fault, { armed: false, failAt: 0, count: 0, injected: false, probe: null });
});

describe('the output set switches at once', () => {
	const expected = (() => {
		const oldOut = join(work, 'expect-old', 'events.json');
		const newOut = join(work, 'expect-new', 'events.json');
		write(oldCorpus, oldOut);
		write(newCorpus, newOut);
		return { old: view(oldOut), new: view(newOut) };
	})();

	it('gives two different, whole sets for the old corpus and the new', () => {
		expect(expected.old).not.toMatch(/^broken|^no event set/);
		expect(expected.new).not.toMatch(/^broken|^no event set/);
		expect(expected.old).not.toBe(expected.new);
	});

	it('shows a reader the whole old set or the whole new set after every step, and a failure at any step leaves the old set whole', () => {
		let steps = 0;
		for (let failAt = 1; ; failAt++) {
			const out = join(work, `step-${failAt}`, 'events.json');
			write(oldCorpus, out);
			const before = files(dirname(out));
			const seen = new Set<string>();
			Object.assign(fault, {
				armed: true,
				failAt,
				count: 0,
				injected: false,
				probe: () => seen.add(view(out))
			});
			let threw: unknown = null;
			try {
				write(newCorpus, out);
			} catch (e) {
				threw = e;
			}
			fault.armed = false;
			for (const v of seen)
				expect([expected.old, expected.new], `after change ${failAt}`).toContain(v);
			if (threw) {
				expect(view(out), `${(threw as Error).stack}`).toBe(expected.old);
				expect(files(dirname(out)), `failure at change ${failAt}`).toEqual(before);
			} else expect(view(out)).toBe(expected.new);
			// The next run finishes the job and leaves one generation, nothing half-done.
			write(newCorpus, out);
			expect(view(out)).toBe(expected.new);
			expect(readdirSync(join(dirname(out), 'sets')).sort()).toEqual(
				[JSON.parse(readFileSync(out, 'utf8')).generation, '.written-by-events.json'].sort()
			);
			expect(Object.keys(files(dirname(out))).filter((n) => n.includes('.tmp'))).toEqual([]);
			rmSync(dirname(out), { recursive: true });
			if (!fault.injected) break;
			steps = failAt;
		}
		// Texts, the generation, the manifest, the event set, the report, the old generation.
		expect(steps).toBeGreaterThan(5);
	});
});

describe('the output set survives the build step being killed', { timeout: 300_000 }, () => {
	const CLI = resolve('src/lib/pipeline/cli.ts');
	const CRASH = pathToFileURL(resolve('tests/unit/pipeline/helpers/crashAfter.mjs')).href;
	const run = (from: string, out: string, crashAfter?: number) =>
		spawnSync(
			process.execPath,
			[
				'--import',
				'tsx',
				'--import',
				CRASH,
				CLI,
				'--articles',
				from,
				'--out',
				out,
				'--report',
				join(work, 'reports', 'cli.json')
			],
			{ encoding: 'utf8', env: { ...process.env, CRASH_AFTER: String(crashAfter ?? 0) } }
		);

	it('leaves the whole old set or the whole new set wherever it is killed, and the next run cleans up', () => {
		const oldView = (() => {
			const out = join(work, 'cli-old', 'events.json');
			expect(run(oldCorpus, out).status).toBe(0);
			return view(out);
		})();
		const newView = (() => {
			const out = join(work, 'cli-new', 'events.json');
			expect(run(newCorpus, out).status).toBe(0);
			return view(out);
		})();
		let killed = 0;
		for (let n = 1; n < 100; n++) {
			const out = join(work, `cli-${n}`, 'events.json');
			write(oldCorpus, out);
			const r = run(newCorpus, out, n);
			if (r.signal !== 'SIGKILL') {
				expect(r.status).toBe(0);
				break;
			}
			killed++;
			expect([oldView, newView], `killed after change ${n}`).toContain(view(out));
			write(newCorpus, out);
			expect(view(out)).toBe(newView);
			expect(readdirSync(join(dirname(out), 'sets'))).toHaveLength(2);
			expect(Object.keys(files(dirname(out))).filter((n) => n.includes('.tmp'))).toEqual([]);
			rmSync(dirname(out), { recursive: true });
		}
		expect(killed).toBeGreaterThan(5);
	});
});
