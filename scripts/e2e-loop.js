/**
 * Runs the browser tests several times in a row with a CPU-burning process beside them, to show
 * they wait for conditions rather than for time: `node scripts/e2e-loop.js [runs=5]` after
 * `npm run build && npm run build:bench`. Exits 1 at the first failing run. The burner is this script's own child and
 * is stopped by its pid, whatever happens.
 */
import { spawn, spawnSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? 5);
const burner = spawn(process.execPath, ['-e', 'for (;;) Math.sqrt(Math.random());'], {
	stdio: 'ignore'
});
const stop = () => {
	if (burner.exitCode === null) burner.kill('SIGKILL');
};
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

let failed = 0;
for (let i = 1; i <= runs && failed === 0; i++) {
	const started = Date.now();
	// The dev-server test starts its own server and rebuilds static/data: not part of this loop.
	const files = ['app', 'hardening', 'i18n', 'map', 'staticHost', 'timeline'].map(
		(f) => `tests/e2e/${f}.test.js`
	);
	const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
		stdio: ['ignore', 'pipe', 'inherit'],
		encoding: 'utf8'
	});
	const summary = /# pass (\d+)[\s\S]*# fail (\d+)/.exec(run.stdout ?? '');
	process.stdout.write(
		`run ${i}/${runs}: ${run.status === 0 ? 'ok' : 'FAILED'} (${summary ? `${summary[1]} passed, ${summary[2]} failed` : 'no summary'}) in ${Math.round((Date.now() - started) / 1000)} s\n`
	);
	if (run.status !== 0) {
		failed = i;
		process.stdout.write(
			(run.stdout ?? '')
				.split('\n')
				.filter((l) => /not ok|error:|Error/.test(l))
				.join('\n') + '\n'
		);
	}
}
stop();
process.exitCode = failed === 0 ? 0 : 1;
