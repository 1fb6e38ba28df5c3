import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'csto-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function events(...args: string[]) {
	// The report stays in the scratch folder, never in this project's reports/.
	if (!args.includes('--report')) args.push('--report', join(work, 'report.json'));
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/lib/pipeline/cli.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, TZ: 'Asia/Yerevan' }
	});
	return { code: run.status, stderr: run.stderr, stdout: run.stdout };
}

describe('npm run events', () => {
	it('builds the seeds into the output, with its texts beside it and the report apart, exit 0', () => {
		const out = join(work, 'seeds', 'events.json');
		const r = events(
			'--articles',
			'articles',
			'--out',
			out,
			'--report',
			join(work, 'seeds-report', 'events.report.json')
		);
		expect(r.code).toBe(0);
		const set = JSON.parse(readFileSync(out, 'utf8'));
		expect(set.version).toBe(2);
		const report = JSON.parse(
			readFileSync(join(work, 'seeds-report', 'events.report.json'), 'utf8')
		);
		expect(report.articles).toHaveLength(5);
		const texts = join(work, 'seeds', 'sets', set.generation, 'articles');
		expect(readFileSync(join(texts, '002_7e73e5d89ee22f4a.txt'), 'utf8')).toBe(
			readFileSync('articles/002_7e73e5d89ee22f4a.txt', 'utf8')
		);
		expect(r.stderr).toMatch(
			/004_02e35f8781aecfc0\.txt:1:\d+: warning: the dateline says 2021-10-28 but metadata\.json says 2021-09-16/
		);
	}, 30_000);

	it('writes byte-identical output for the same corpus', () => {
		const a = join(work, 'a', 'events.json');
		const b = join(work, 'b', 'events.json');
		events('--out', a, '--report', join(work, 'a', 'report.json'));
		events('--out', b, '--report', join(work, 'b', 'report.json'));
		expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
		expect(readFileSync(join(work, 'a', 'report.json'), 'utf8')).toBe(
			readFileSync(join(work, 'b', 'report.json'), 'utf8')
		);
	}, 30_000);

	it('exits 2 on a usage error and says how to use it', () => {
		const r = events('--bogus');
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/usage: npm run events/);
	}, 30_000);

	it('exits 1 when the output cannot be written', () => {
		const blocker = join(work, 'file');
		writeFileSync(blocker, 'x');
		const r = events('--out', join(blocker, 'events.json'));
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/error: cannot write the output/);
	}, 30_000);

	it('exits 0 on an unusable article without --strict and 1 with it', () => {
		const corpus = join(work, 'broken');
		mkdirSync(corpus);
		writeFileSync(join(corpus, 'empty.txt'), '');
		const out = join(work, 'broken-out', 'events.json');
		expect(events('--articles', corpus, '--out', out).code).toBe(0);
		expect(events('--articles', corpus, '--out', out, '--strict').code).toBe(1);
	}, 30_000);
});
