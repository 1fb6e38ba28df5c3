import { spawnSync } from 'node:child_process';
import {
	chmodSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Permission errors, for real: root reads and writes through any mode, so the build step runs
 * here as `nobody` (setpriv), the way a CI runner or a shared server's build user meets them.
 */
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
const root = process.getuid?.() === 0;
const canDrop = root && SETPRIV !== undefined;
const reason = !root
	? 'not running as root: cannot make files unreadable to the build user and switch to another'
	: 'setpriv is not installed: cannot run the build step as an unprivileged user';

const CLI = resolve('src/lib/pipeline/cli.ts');
const TSX = resolve('node_modules/tsx/dist/loader.mjs');
const work = mkdtempSync(join(tmpdir(), 'csto-perm-'));
chmodSync(work, 0o755);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The build step as `nobody`, in a scratch project. */
function eventsAsNobody(cwd: string, ...args: string[]) {
	const run = spawnSync(
		SETPRIV!,
		[
			'--reuid=nobody',
			'--regid=nogroup',
			'--clear-groups',
			'--',
			process.execPath,
			'--import',
			TSX,
			CLI,
			...args
		],
		{ cwd, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'Asia/Yerevan' } }
	);
	return { code: run.status, stderr: run.stderr };
}

function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir, { recursive: true }) as string[]) {
		const p = join(dir, name);
		if (statSync(p).isFile()) out[name] = `${statSync(p).mode}:${readFileSync(p, 'base64')}`;
	}
	return out;
}

/** A scratch project anyone may read, its output folder writable by everyone. */
function project(name: string): string {
	const dir = join(work, name);
	cpSync(resolve('articles'), join(dir, 'articles'), { recursive: true });
	for (const p of [dir, join(dir, 'articles')]) chmodSync(p, 0o755);
	for (const f of readdirSync(join(dir, 'articles'))) chmodSync(join(dir, 'articles', f), 0o644);
	for (const sub of ['site', 'reports']) {
		mkdirSync(join(dir, sub));
		chmodSync(join(dir, sub), 0o777);
	}
	return dir;
}

describe.skipIf(!canDrop)(
	`the build step without permission (${canDrop ? 'as nobody' : reason})`,
	{
		timeout: 120_000
	},
	() => {
		it('skips an unreadable metadata.json and an unreadable article, says which and what to do, and builds the rest', () => {
			const dir = project('unreadable');
			chmodSync(join(dir, 'articles', 'metadata.json'), 0o600);
			chmodSync(join(dir, 'articles', '001_2dd66c1bbdc4b7f0.txt'), 0o000);
			const corpus = snapshot(join(dir, 'articles'));
			const r = eventsAsNobody(dir, '--out', 'site/events.json');
			expect(r.code).toBe(0);
			expect(r.stderr).toMatch(
				/^articles\/metadata\.json:1:1: error: metadata\.json cannot be read: permission denied; ignored it, and built the articles from their own text\. Give the user running the build read access to it/m
			);
			expect(r.stderr).toMatch(
				/^articles\/001_2dd66c1bbdc4b7f0\.txt:1:1: error: .*cannot be read: permission denied; skipped it\. Give the user running the build read access to it/m
			);
			const set = JSON.parse(readFileSync(join(dir, 'site', 'events.json'), 'utf8'));
			expect(set.articles.map((a: { id: string }) => a.id)).toHaveLength(4);
			expect(snapshot(join(dir, 'articles'))).toEqual(corpus);
			expect(eventsAsNobody(dir, '--out', 'site/events.json', '--strict').code).toBe(1);
		});

		it.each([
			[
				'the event set',
				'site',
				'--out',
				/^site\/events\.json:1:1: error: cannot write the output \(permission denied at site\/\S+\); nothing was replaced\. To fix it, give the user running the build write access to site, or choose another --out$/m
			],
			[
				'the report',
				'reports',
				'--report',
				/^reports\/events\.report\.json:1:1: error: cannot write the output \(permission denied at reports\/\S+\); nothing was replaced\. To fix it, give the user running the build write access to reports, or choose another --report$/m
			]
		])(
			'refuses to half-replace when %s cannot be written: exit 1, names the folder and what to do, keeps the last output',
			(_, folder, _option, message) => {
				const dir = project(`unwritable-${folder}`);
				expect(eventsAsNobody(dir, '--out', 'site/events.json').code).toBe(0);
				chmodSync(join(dir, 'articles', '003_252db237d9b5f652.txt'), 0o600); // the next build differs
				chmodSync(join(dir, folder), 0o755);
				const before = {
					site: snapshot(join(dir, 'site')),
					reports: snapshot(join(dir, 'reports'))
				};
				const r = eventsAsNobody(dir, '--out', 'site/events.json');
				expect(r.code).toBe(1);
				expect(r.stderr).toMatch(message);
				expect({
					site: snapshot(join(dir, 'site')),
					reports: snapshot(join(dir, 'reports'))
				}).toEqual(before);
			}
		);
	}
);
