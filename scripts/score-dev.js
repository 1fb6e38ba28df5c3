// Scores the build step on a corpus shipped in tests/corpora (`dev` unless named: `holdout`):
// runs `npm run events` into a scratch folder and prints the scorer's report (its last line is
// the score line). Pass --json for the scorer's JSON report.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEvents } from './runEvents.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const name = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dev';
if (!/^[a-z]+[0-9]*$/.test(name))
	throw new Error(
		`no corpus "${name}" in tests/corpora (dev, holdout, holdout2, …, holdout22, holdout25)`
	);
const corpus = join(root, 'tests/corpora', name);
const out = mkdtempSync(join(tmpdir(), 'csto-score-'));
try {
	runEvents(root, corpus, out);
	const args = [
		join(root, 'tests/corpora/eval/score-events.mjs'),
		join(out, 'events.json'),
		join(corpus, 'truth.json'),
		corpus
	];
	if (process.argv.includes('--json')) args.push('--json');
	process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
} finally {
	rmSync(out, { recursive: true, force: true });
}
